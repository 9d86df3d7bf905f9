// Package safe holds helpers that mask values for logs.
package safe

import "example.com/masking"

// Token returns a masked token, or "" for an empty one.
func Token(t string) string { // want Token:"masker"
	if t == "" {
		return ""
	}
	return masking.MaskValue(t)
}

// Trim is no masker: it returns its argument.
func Trim(t string) string {
	return t
}
