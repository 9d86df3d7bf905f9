// Package flagtests has sensitive names in a test file only.
package flagtests
