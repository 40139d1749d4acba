package main

import (
	"math"
	"testing"
)

// TestHeapBudget wants the limit to follow the bytes in flight, two inputs at once
// counted together, and the limit before the first given back when the last is done.
func TestHeapBudget(t *testing.T) {
	var limits []int64
	b := &heapBudget{initial: math.MaxInt64, setLimit: func(l int64) int64 {
		limits = append(limits, l)
		return 0
	}}
	r1 := b.hold(1000)
	r2 := b.hold(500)
	r1()
	r2()
	want := []int64{budgetBase + budgetPerByte*1000, budgetBase + budgetPerByte*1500, budgetBase + budgetPerByte*500, math.MaxInt64}
	if len(limits) != len(want) {
		t.Fatalf("limits %v, want %v", limits, want)
	}
	for i := range want {
		if limits[i] != want[i] {
			t.Errorf("limit %d = %d, want %d", i, limits[i], want[i])
		}
	}
	var none *heapBudget // GOMEMLIMIT set: nothing is held, nothing fails
	none.hold(10)()
}

// TestHeapBudgetLeavesGOMEMLIMIT wants a limit the user set in the environment kept.
func TestHeapBudgetLeavesGOMEMLIMIT(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "1GiB")
	if b := newHeapBudget(); b != nil {
		t.Errorf("newHeapBudget() = %v with GOMEMLIMIT set; want nil", b)
	}
	t.Setenv("GOMEMLIMIT", "")
	if b := newHeapBudget(); b == nil {
		t.Errorf("newHeapBudget() = nil with no GOMEMLIMIT; want a budget")
	}
}
