package passwordhash

import (
	"fmt"
	"go/types"
	"sort"

	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/callee"
	"github.com/secvet/secvet/analyzers/internal/origin"
)

// factVersion is stored in every storesModelFact. Readers treat a fact of
// another version as absent instead of misreading it. Increase it when the
// fact's fields or their meaning change.
const factVersion = 1

// storesModelFact marks a function that passes one of its parameters, a
// model, to an ORM call that stores it, such as a repository method
// CreateUser(ctx, u) that calls db.Create(u). Callers' stores to the
// model's fields are checked at their call of the function.
type storesModelFact struct {
	Version int
	Params  []int // parameter indices, counting a method's receiver as 0
}

func (*storesModelFact) AFact() {}

func (f *storesModelFact) String() string {
	return fmt.Sprintf("storesModel(%v)", f.Params)
}

// findStorers computes which functions of the package store one of their
// parameters as a model, directly or through another such function, and
// exports a fact for the exported ones.
func (c *checker) findStorers() {
	c.storers = make(map[*ssa.Function][]int)

	// Iterate to a fixed point, because a function may store through a
	// function declared after it. Each round can only add indices.
	for changed, round := true, 0; changed && round < 8; round++ {
		changed = false
		for _, fn := range c.origin.SrcFuncs {
			for _, index := range c.storedParams(fn) {
				if !containsInt(c.storers[fn], index) {
					c.storers[fn] = append(c.storers[fn], index)
					changed = true
				}
			}
		}
	}

	for fn, params := range c.storers {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil || !obj.Exported() {
			continue
		}
		sort.Ints(params)
		c.pass.ExportObjectFact(obj, &storesModelFact{Version: factVersion, Params: params})
	}
}

// storedParams returns the indices of fn's parameters that fn passes to a
// model sink or to a function that stores that parameter.
func (c *checker) storedParams(fn *ssa.Function) []int {
	var indices []int
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			models, _ := c.modelArgs(call)
			for _, model := range models {
				if p, ok := unwrap(model).(*ssa.Parameter); ok {
					for i, q := range fn.Params {
						if q == p && !containsInt(indices, i) {
							indices = append(indices, i)
						}
					}
				}
			}
		}
	}
	return indices
}

// modelArgs returns the arguments of call that are stored as models: the
// model argument of an ORM call, or a parameter that the callee stores.
func (c *checker) modelArgs(call *ssa.Call) ([]ssa.Value, string) {
	common := call.Common()
	if common.IsInvoke() {
		return nil, ""
	}
	fn := common.StaticCallee()
	if fn == nil {
		return nil, ""
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return nil, ""
	}
	fullName := callee.Name(obj)
	args := common.Args
	if i, ok := modelSinks[fullName]; ok && len(args) > i {
		values := origin.Elements(args[i])
		if values == nil {
			values = args[i : i+1]
		}
		return values, fullName
	}

	var params []int
	if fn.Pkg == c.origin.Pkg {
		key := fn
		if o := fn.Origin(); o != nil {
			key = o
		}
		params = c.storers[key]
	} else {
		params = c.importedStorer(obj)
	}
	var values []ssa.Value
	for _, i := range params {
		if i < len(args) {
			values = append(values, args[i])
		}
	}
	return values, fullName
}

func containsInt(list []int, x int) bool {
	for _, y := range list {
		if x == y {
			return true
		}
	}
	return false
}

// importedStorer returns the parameters that fn, a function of another
// package, stores as models, from its fact of this factVersion.
func (c *checker) importedStorer(fn *types.Func) []int {
	var fact storesModelFact
	if c.pass.ImportObjectFact(fn.Origin(), &fact) && fact.Version == factVersion {
		return fact.Params
	}
	return nil
}
