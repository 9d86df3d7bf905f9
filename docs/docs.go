// Package docs embeds the documentation pages of secvet's analyzers, so
// that `secvet help NAME` prints the same text as docs/NAME.md.
package docs

import "embed"

//go:embed *.md
var pages embed.FS

// Page returns the Markdown text of docs/NAME.md, or false when there is no
// such page.
func Page(name string) (string, bool) {
	data, err := pages.ReadFile(name + ".md")
	if err != nil {
		return "", false
	}
	return string(data), true
}
