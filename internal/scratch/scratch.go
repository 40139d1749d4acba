// Package scratch keeps the result lists that stages grow in pooled room: a list
// grown by doubling allocates several times what it keeps, so a stage grows it in a
// slice from a sync.Pool and keeps one copy of the right size.
package scratch

import "slices"

// A Pool takes scratch back: a *sync.Pool.
type Pool interface{ Put(any) }

// Keep returns out, grown in the pooled slice *p got from pool, as a copy of exactly
// its length (nil when it is empty), and puts the scratch back, cleared so that the
// pool keeps nothing alive. A scratch grown past max (a very long text's list) is
// returned as it is: neither copied nor held for reuse.
func Keep[T any](pool Pool, p *[]T, out []T, max int) []T {
	if cap(out) > max {
		return out
	}
	var kept []T
	if len(out) > 0 {
		kept = slices.Clone(out)
	}
	clear(out)
	*p = out[:0]
	pool.Put(p)
	return kept
}
