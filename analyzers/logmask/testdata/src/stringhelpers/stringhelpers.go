package stringhelpers

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

// Text built with a builder, a buffer or a joined list carries what went
// into it.
func built(user, password string) {
	var sb strings.Builder
	sb.WriteString("pw=")
	sb.WriteString(password)
	log.Println(sb.String()) // want `password is logged unmasked by log.Println`

	var buf bytes.Buffer
	fmt.Fprintf(&buf, "user=%s password=%s", user, password)
	log.Print(buf.String()) // want `password is logged unmasked by log.Print`

	var parts []string
	parts = append(parts, user, password)
	log.Println(strings.Join(parts, ",")) // want `password is logged unmasked by log.Println`

	log.Println(strings.Join([]string{user, password}, ",")) // want `password is logged unmasked by log.Println`
}

func mask(s string) string { return "****" }

// Builders and lists of other values, or of masked ones, are clean.
func clean(user, password string, names []string) {
	var sb strings.Builder
	sb.WriteString("user=")
	sb.WriteString(user)
	log.Println(sb.String())

	var masked strings.Builder
	masked.WriteString(mask(password))
	log.Println(masked.String())

	var parts []string
	parts = append(parts, user, mask(password))
	log.Println(strings.Join(parts, ","))

	log.Println(strings.Join(append(names, user), ","))
	log.Println(strings.Join([]string{"user", user}, "="))
}
