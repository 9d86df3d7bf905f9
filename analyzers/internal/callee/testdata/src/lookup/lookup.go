package lookup

import (
	"strings"
	s2 "strings"
)

type local struct{}

func (local) Repeat(string, int) string { return "" }

func use() {
	_ = strings.Repeat("a", 2)
	_ = s2.Repeat("a", 2)
	_ = local{}.Repeat("a", 2)
}
