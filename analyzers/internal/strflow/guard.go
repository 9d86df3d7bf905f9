package strflow

import (
	"go/constant"
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/secvet/secvet/analyzers/internal/callee"
)

// Guarded reports whether x, used in block at, can only hold a constant
// there because a condition on every path to at limits it: x == "const",
// a lookup in a map with constant keys (allowed[x], or _, ok := allowed[x]
// with ok true), or slices.Contains of a constant slice. It is what lets
// an allow-list check make a value safe.
func (t *Tracer) Guarded(x ssa.Value, at *ssa.BasicBlock) bool {
	t.ready()
	t.mu.Lock()
	defer t.mu.Unlock()

	return t.guardedAt(x, at, 0)
}

// guardedAt walks the dominators of at and looks for a limiting edge.
func (t *Tracer) guardedAt(x ssa.Value, at *ssa.BasicBlock, depth int) bool {
	if at == nil {
		return false
	}
	x = unwrap(x)
	for d := at; d != nil; d = d.Idom() {
		if len(d.Preds) == 1 && t.edgeLimits(x, d.Preds[0], d, depth) {
			return true
		}
	}
	return false
}

// guardedOnEdge reports whether x is limited on the edge from pred to
// succ, as the incoming value of a phi.
func (t *Tracer) guardedOnEdge(x ssa.Value, pred, succ *ssa.BasicBlock, depth int) bool {
	x = unwrap(x)
	return t.edgeLimits(x, pred, succ, depth) || t.guardedAt(x, pred, depth)
}

func (t *Tracer) edgeLimits(x ssa.Value, pred, succ *ssa.BasicBlock, depth int) bool {
	if len(pred.Instrs) == 0 || len(pred.Succs) != 2 || pred.Succs[0] == pred.Succs[1] {
		return false
	}
	cond, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If)
	if !ok {
		return false
	}
	return t.condLimits(cond.Cond, x, succ == pred.Succs[0], depth)
}

// condLimits reports whether cond having the value holds limits x to
// constants.
func (t *Tracer) condLimits(cond, x ssa.Value, holds bool, depth int) bool {
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			return t.condLimits(c.X, x, !holds, depth)
		}
	case *ssa.BinOp:
		if (c.Op == token.EQL && holds) || (c.Op == token.NEQ && !holds) {
			return isConst(c.Y) && sameValue(c.X, x) || isConst(c.X) && sameValue(c.Y, x)
		}
		if c.Op == token.LAND && holds {
			return t.condLimits(c.X, x, true, depth) || t.condLimits(c.Y, x, true, depth)
		}
	case *ssa.Lookup:
		// allowed[x] on a map[string]bool
		return holds && !c.CommaOk && sameValue(c.Index, x) && t.constantKeys(c.X, depth)
	case *ssa.Extract:
		// _, ok := allowed[x]
		if l, ok := c.Tuple.(*ssa.Lookup); ok && c.Index == 1 && holds {
			return sameValue(l.Index, x) && t.constantKeys(l.X, depth)
		}
	case *ssa.Call:
		if !holds {
			return false
		}
		if fn := calledFunc(c.Common()); fn != nil && callee.Name(fn) == "slices.Contains" {
			args := c.Common().Args
			return len(args) == 2 && sameValue(args[1], x) && t.elements(args[0], depth+1).kind() == Constant
		}
	}
	return false
}

// constantKeys reports whether every key stored in the map m is constant
// and its values are constants, so a lookup hit means a known key.
func (t *Tracer) constantKeys(m ssa.Value, depth int) bool {
	return t.memoized(memoKey{m, modeKeys}, depth, func() flow {
		if t.mapKeys(m, depth+1) {
			return constantFlow
		}
		return sourceFlow(Source{Kind: Other, Name: "map keys"})
	}).kind() == Constant
}

func (t *Tracer) mapKeys(m ssa.Value, depth int) bool {
	switch v := m.(type) {
	case *ssa.MakeMap:
		refs := v.Referrers()
		if refs == nil {
			return true
		}
		for _, ref := range *refs {
			if up, ok := ref.(*ssa.MapUpdate); ok {
				if !isConst(up.Key) && t.trace(up.Key, depth).kind() != Constant {
					return false
				}
			}
		}
		return true
	case *ssa.Phi:
		for _, e := range v.Edges {
			if !t.mapKeys(e, depth+1) {
				return false
			}
		}
		return true
	case *ssa.UnOp:
		if v.Op != token.MUL {
			return false
		}
		switch a := v.X.(type) {
		case *ssa.Global:
			use := t.globalUse(a)
			if use == nil || use.escaped {
				return false
			}
			for _, s := range use.stores {
				if !t.mapKeys(s, depth+1) {
					return false
				}
			}
			return true
		case *ssa.Alloc:
			values, escape := t.localStores(a)
			if escape != nil {
				return false
			}
			for _, s := range values {
				if !t.mapKeys(s, depth+1) {
					return false
				}
			}
			return true
		}
	case *ssa.Const:
		return true
	}
	return false
}

func isConst(v ssa.Value) bool {
	c, ok := unwrap(v).(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.String
}

func unwrap(v ssa.Value) ssa.Value {
	for {
		switch w := v.(type) {
		case *ssa.MakeInterface:
			v = w.X
		case *ssa.ChangeType:
			v = w.X
		default:
			return v
		}
	}
}

// sameValue reports whether a and b hold the same string: the same SSA
// value, or loads of the same field or variable of the same base value
// with no store between them assumed.
func sameValue(a, b ssa.Value) bool {
	a, b = unwrap(a), unwrap(b)
	if a == b {
		return true
	}
	switch a := a.(type) {
	case *ssa.UnOp:
		b, ok := b.(*ssa.UnOp)
		return ok && a.Op == token.MUL && b.Op == token.MUL && sameAddr(a.X, b.X)
	case *ssa.Field:
		b, ok := b.(*ssa.Field)
		return ok && a.Field == b.Field && sameValue(a.X, b.X)
	}
	return false
}

func sameAddr(a, b ssa.Value) bool {
	if a == b {
		return true
	}
	switch a := a.(type) {
	case *ssa.FieldAddr:
		b, ok := b.(*ssa.FieldAddr)
		return ok && a.Field == b.Field && sameValue(a.X, b.X)
	}
	return false
}
