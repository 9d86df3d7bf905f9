package main

import "strings"

// shortenQuoted cuts the text between each pair of double quotes or
// backquotes in s, or after an unpaired one, to quotedKept characters.
// go/types errors and panic values quote the string literals of the
// analyzed code, hardcoded secrets among them. A quoted string stays whole
// when keep, if not nil, returns true for the text after its closing quote.
func shortenQuoted(s string, keep func(after string) bool) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); i++ {
		q := runes[i]
		b.WriteRune(q)
		if q != '"' && q != '`' {
			continue
		}
		end := -1
		for j := i + 1; j < len(runes); j++ {
			if runes[j] == '\\' && q == '"' {
				j++
				continue
			}
			if runes[j] == q {
				end = j
				break
			}
		}
		closed := end >= 0
		if !closed {
			end = len(runes) // an unterminated quote runs to the end
		}
		inner := runes[i+1 : end]
		whole := closed && keep != nil && keep(string(runes[end+1:]))
		if len(inner) > quotedKept && !whole {
			inner = append(inner[:quotedKept:quotedKept], '…')
		}
		b.WriteString(string(inner))
		if closed {
			b.WriteRune(q)
		}
		i = end
	}
	return b.String()
}

// hideLiterals shortens the quoted strings of a load or type-check error,
// which go/types prints for constants and in expressions, such as
// cannot use "sk_live_…" (untyped string constant) as int value. The
// import path of an "imported and not used" error stays whole.
func hideLiterals(msg string) string {
	return shortenQuoted(msg, func(after string) bool {
		return strings.HasPrefix(after, " imported")
	})
}
