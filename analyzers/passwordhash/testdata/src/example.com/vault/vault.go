// Package vault stands for a team's own password hashing package.
package vault

// Seal returns the stored form of password.
func Seal(password string) string {
	return reverse(password)
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}
