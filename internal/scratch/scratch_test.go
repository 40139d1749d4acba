package scratch

import "testing"

// puts records what Keep put back. A sync.Pool cannot stand in: it may drop what it is
// given (the race detector makes it drop some on purpose) or hand it to another P.
type puts []any

func (p *puts) Put(x any) { *p = append(*p, x) }

// get takes the last thing put back, or nil.
func (p *puts) get() any {
	if len(*p) == 0 {
		return nil
	}
	x := (*p)[len(*p)-1]
	*p = (*p)[:len(*p)-1]
	return x
}

// TestKeep wants an exact copy kept and the scratch cleared and pooled, and a list
// past the bound returned itself and not pooled.
func TestKeep(t *testing.T) {
	var pool puts
	p := new([]*int)
	one := 1
	out := append(make([]*int, 0, 8), &one, &one)
	kept := Keep(&pool, p, out, 8)
	if len(kept) != 2 || cap(kept) != 2 || kept[0] != &one {
		t.Fatalf("Keep kept %v (cap %d); want a copy of the two", kept, cap(kept))
	}
	if out[0] != nil || len(*p) != 0 || cap(*p) != 8 {
		t.Errorf("the scratch was not cleared and reset: %v, %d/%d", out, len(*p), cap(*p))
	}
	if got := pool.get(); got != p {
		t.Errorf("the scratch was not put back in the pool")
	}
	if kept := Keep(&pool, p, out[:0], 8); kept != nil {
		t.Errorf("Keep(empty) = %v; want nil", kept)
	}
	pool.get()
	long := make([]*int, 3, 16)
	if kept := Keep(&pool, p, long, 8); &kept[0] != &long[0] {
		t.Errorf("a list past the bound was copied")
	}
	if got := pool.get(); got != nil {
		t.Errorf("a list past the bound was pooled")
	}
}
