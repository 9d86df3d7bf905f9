package stress

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/types"
	"reflect"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/secvet/secvet/analyzers/suite"
)

// maxFactBytes is the largest gob encoding a single fact may have. go vet
// writes every package's facts to its cache and reads them for each
// importer, so a fact should summarize, not copy, code.
const maxFactBytes = 16 << 10

// factStats counts the facts of one fact type.
type factStats struct {
	count, total, max int
	maxObject         string
}

// checkFacts gob-encodes every fact that graph's actions exported and
// fails the test for one that does not encode or exceeds maxFactBytes. It
// logs the number and sizes of the facts per type.
func checkFacts(t *testing.T, graph *checker.Graph) {
	t.Helper()
	stats := make(map[string]*factStats)
	check := func(act *checker.Action, obj types.Object, fact analysis.Fact) {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
			t.Errorf("%s fact %T of %v in package %s does not gob-encode: %v", act.Analyzer.Name, fact, obj, act.Package.PkgPath, err)
			return
		}
		name := fmt.Sprintf("%T", fact)
		s := stats[name]
		if s == nil {
			s = &factStats{}
			stats[name] = s
		}
		s.count++
		s.total += buf.Len()
		if buf.Len() > s.max {
			s.max = buf.Len()
			s.maxObject = fmt.Sprintf("%v in %s", obj, act.Package.PkgPath)
		}
		if buf.Len() > maxFactBytes {
			t.Errorf("%s fact %T of %v in package %s is %d bytes, more than %d", act.Analyzer.Name, fact, obj, act.Package.PkgPath, buf.Len(), maxFactBytes)
		}
	}

	for act := range graph.All() {
		if act.Err != nil {
			continue
		}
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() == act.Package.Types {
				check(act, f.Object, f.Fact)
			}
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package == act.Package.Types {
				check(act, nil, f.Fact)
			}
		}
	}

	names := make([]string, 0, len(stats))
	for name := range stats {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		s := stats[name]
		t.Logf("facts %s: %d, %d bytes in all, largest %d bytes (%s)", name, s.count, s.total, s.max, s.maxObject)
	}
}

// TestFactTypesAreGobEncodable gob-encodes and decodes the zero value of
// every fact type of the suite and of the analyzers it requires.
func TestFactTypesAreGobEncodable(t *testing.T) {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		for _, fact := range a.FactTypes {
			typ := reflect.TypeOf(fact)
			if typ.Kind() != reflect.Pointer {
				t.Errorf("%s: fact type %v is not a pointer", a.Name, typ)
				continue
			}
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
				t.Errorf("%s: fact type %v does not gob-encode: %v", a.Name, typ, err)
				continue
			}
			decoded := reflect.New(typ.Elem()).Interface()
			if err := gob.NewDecoder(&buf).Decode(decoded); err != nil {
				t.Errorf("%s: fact type %v does not gob-decode: %v", a.Name, typ, err)
			}
		}
	}
	for _, a := range suite.New(suite.Options{}) {
		visit(a)
	}
	if len(seen) == 0 {
		t.Fatal("the suite has no analyzers")
	}
}
