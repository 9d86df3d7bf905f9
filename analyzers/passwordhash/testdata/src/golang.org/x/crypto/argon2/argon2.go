// Package argon2 is a stub of golang.org/x/crypto/argon2 for tests.
package argon2

func IDKey(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	return make([]byte, keyLen)
}

func Key(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	return make([]byte, keyLen)
}
