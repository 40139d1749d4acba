package scratch

import (
	"sync"
	"testing"
)

// TestKeep wants an exact copy kept and the scratch cleared and pooled, and a list
// past the bound returned itself and not pooled.
func TestKeep(t *testing.T) {
	var pool sync.Pool
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
	if got := pool.Get(); got != p {
		t.Errorf("the scratch was not put back in the pool")
	}
	if kept := Keep(&pool, p, out[:0], 8); kept != nil {
		t.Errorf("Keep(empty) = %v; want nil", kept)
	}
	pool.Get()
	long := make([]*int, 3, 16)
	if kept := Keep(&pool, p, long, 8); &kept[0] != &long[0] {
		t.Errorf("a list past the bound was copied")
	}
	if got := pool.Get(); got != nil {
		t.Errorf("a list past the bound was pooled")
	}
}
