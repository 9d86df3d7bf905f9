package passwordhash

import (
	"fmt"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/origin"
)

// fieldStore is a value stored in a field of a model or under a map key.
type fieldStore struct {
	name   string // the field's or key's name, for the message
	holder bool   // the field, its column or the key is named as a password
	value  ssa.Value
	pos    token.Pos
}

// checkModel checks the fields a function stores in the model it passes
// to an ORM call, and the entries of a map it passes.
func (c *checker) checkModel(fn *ssa.Function, call *ssa.Call, fullName string, model ssa.Value) {
	base := unwrap(model)
	if load, ok := base.(*ssa.UnOp); ok && load.Op == token.MUL {
		base = load.X
	}
	if hasHook(base.Type()) {
		return
	}
	for _, fs := range modelStores(base) {
		target := fs.name + " by " + shortName(fullName)
		c.checkStored(fn, call.Pos(), fs.value, target, fs.holder, []token.Pos{fs.pos})
	}
}

// checkColumn checks Update("password", v).
func (c *checker) checkColumn(fn *ssa.Function, call *ssa.Call, fullName string, column, value ssa.Value) {
	col, ok := origin.ConstString(column)
	if !ok {
		return
	}
	holder := isPlainName(col)
	c.checkStored(fn, call.Pos(), value, "column "+col+" by "+shortName(fullName), holder, nil)
}

// modelStores returns the stores to the fields of the struct base points
// to, or to the entries of the map base is, within base's function.
func modelStores(base ssa.Value) []fieldStore {
	return collectStores(base, base.Type(), 0)
}

// collectStores gathers the stores of modelStores for base and for the
// locals whose whole value is copied into base, such as the composite
// literal of u := User{...}. Names use the type of the model, modelType.
func collectStores(base ssa.Value, modelType types.Type, depth int) []fieldStore {
	var stores []fieldStore
	for _, instr := range referrers(base) {
		switch i := instr.(type) {
		case *ssa.Store:
			if load, ok := i.Val.(*ssa.UnOp); ok && i.Addr == base && load.Op == token.MUL && depth < 3 {
				stores = append(stores, collectStores(load.X, modelType, depth+1)...)
			}
		case *ssa.FieldAddr:
			if i.X != base {
				continue
			}
			st := structOf(base.Type())
			if st == nil {
				continue
			}
			f := st.Field(i.Field)
			tag := reflect.StructTag(st.Tag(i.Field))
			holder := isPlainName(f.Name())
			for _, key := range []string{"gorm", "db", "json"} {
				col := tag.Get(key)
				if key == "gorm" {
					col = gormColumn(col)
				}
				col, _, _ = strings.Cut(col, ",")
				if isPlainName(col) {
					holder = true
				}
			}
			for _, use := range referrers(i) {
				if s, ok := use.(*ssa.Store); ok && s.Addr == i {
					stores = append(stores, fieldStore{name: typeName(modelType) + "." + f.Name(), holder: holder, value: s.Val, pos: s.Pos()})
				}
			}
		case *ssa.MapUpdate:
			if i.Map != base {
				continue
			}
			if key, ok := origin.ConstString(i.Key); ok {
				stores = append(stores, fieldStore{name: "key " + key, holder: isPlainName(key), value: i.Value, pos: i.Pos()})
			}
		}
	}
	return stores
}

func gormColumn(tag string) string {
	for _, part := range strings.Split(tag, ";") {
		if col, ok := strings.CutPrefix(part, "column:"); ok {
			return col
		}
	}
	return ""
}

func referrers(v ssa.Value) []ssa.Instruction {
	if refs := v.Referrers(); refs != nil {
		return *refs
	}
	return nil
}

func structOf(t types.Type) *types.Struct {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

func typeName(t types.Type) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if named, ok := types.Unalias(t).(*types.Named); ok {
		return named.Obj().Name()
	}
	return "struct"
}

// hasHook reports whether the model type has a gorm hook that runs before
// a write, where it may hash its password.
func hasHook(t types.Type) bool {
	if _, ok := t.Underlying().(*types.Pointer); !ok {
		t = types.NewPointer(t)
	}
	for _, hook := range gormHooks {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, hook); obj != nil {
			if _, ok := obj.(*types.Func); ok {
				return true
			}
		}
	}
	return false
}

func unwrap(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return v
		}
	}
}

var (
	insertRE       = regexp.MustCompile(`(?is)\binsert\s+into\s+([\w."]+)\s*\(([^)]*)\)\s*values\s*\(([^)]*)\)`)
	tableRE        = regexp.MustCompile(`(?is)\b(?:update|from|into)\s+([\w."]+)`)
	placeholderRE  = regexp.MustCompile(`\$(\d+)|\?|@(\w+)|:(\w+)`)
	columnBeforeRE = regexp.MustCompile(`([\w."]+)\s*(?:=|<>|!=)\s*$`)
)

// queryColumns maps the index of each query argument to the column, as
// "table.column", that its placeholder is inserted into, assigned to or
// compared with. Placeholders are $N, or ? counted from the left.
func queryColumns(query string) map[int]string {
	columns := make(map[int]string)
	if query == "" {
		return columns
	}
	table := ""
	if m := tableRE.FindStringSubmatch(query); m != nil {
		table = strings.Trim(m[1], `"`) + "."
	}

	// argIndex returns the argument a placeholder stands for.
	question := 0
	argIndex := func(ph string) int {
		if strings.HasPrefix(ph, "$") {
			var n int
			fmt.Sscanf(ph[1:], "%d", &n)
			return n - 1
		}
		if ph == "?" {
			question++
			return question - 1
		}
		return -1
	}

	if m := insertRE.FindStringSubmatchIndex(query); m != nil {
		cols := strings.Split(query[m[4]:m[5]], ",")
		vals := strings.Split(query[m[6]:m[7]], ",")
		for i, val := range vals {
			ph := placeholderRE.FindString(val)
			if ph == "" || i >= len(cols) {
				continue
			}
			if n := argIndex(ph); n >= 0 {
				columns[n] = table + strings.Trim(strings.TrimSpace(cols[i]), `"`)
			}
		}
		return columns
	}
	for _, loc := range placeholderRE.FindAllStringIndex(query, -1) {
		n := argIndex(query[loc[0]:loc[1]])
		if n < 0 {
			continue
		}
		if m := columnBeforeRE.FindStringSubmatch(query[:loc[0]]); m != nil {
			col := strings.Trim(m[1], `"`)
			if i := strings.LastIndexByte(col, '.'); i >= 0 {
				col = col[i+1:]
			}
			columns[n] = table + col
		}
	}
	return columns
}

// lastPart returns the column of "table.column".
func lastPart(col string) string {
	if i := strings.LastIndexByte(col, '.'); i >= 0 {
		return col[i+1:]
	}
	return col
}
