// Package flagtests is checked with -tests.
package flagtests
