// Package runes copies strings byte by byte and rune by rune, which keeps
// their content.
package runes

func sink(string) {}

func RuneByRune(name string) {
	q := ""
	for _, r := range name {
		q += string(r)
	}
	sink(q) // want `^dynamic: parameter "name"`
}

func ByteByByte(name string) {
	q := ""
	for i := 0; i < len(name); i++ {
		q += string(name[i])
	}
	sink(q) // want `^dynamic: parameter "name"`
}

func NumberIsSafe(n int) {
	sink("id = " + string(rune('0'+n%10))) // want `^safe dynamic`
}
