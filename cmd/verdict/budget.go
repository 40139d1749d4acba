package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"sync"
)

// A heapBudget keeps the collector's soft memory limit (runtime/debug.SetMemoryLimit) at
// budgetBase plus budgetPerByte bytes for every input byte being worked on. Left to
// GOGC alone, the heap of a long input grows to twice its live size between
// collections: 40 MB of text, whose working set peaks under 300 MB, took 640 MB. With
// the limit the collector works harder only near the peak of a long input; a short one
// never comes near budgetBase. A GOMEMLIMIT in the environment is the user's own
// choice and is left alone.
type heapBudget struct {
	mu       sync.Mutex
	inFlight int64                   // bytes of the inputs being worked on
	setLimit func(limit int64) int64 // debug.SetMemoryLimit, or a test's
	initial  int64                   // the limit before the first input
}

const (
	// budgetBase is room for what does not grow with the input: the tagger's model
	// (about 35 MB once loaded), the runtime, the output being written.
	budgetBase = 64 << 20
	// budgetPerByte is room per input byte: the input, its analysis text, tokens,
	// sentences and the stages' lists live at once, about 6 bytes of heap per input
	// byte at the peak (README, "Speed and memory"), and 1 more keeps the collector
	// from running over and over just under the limit.
	budgetPerByte = 7
)

// newHeapBudget returns the process's budget, or nil (which holds nothing) when the
// environment sets GOMEMLIMIT.
func newHeapBudget() *heapBudget {
	if os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	return &heapBudget{setLimit: debug.SetMemoryLimit, initial: debug.SetMemoryLimit(-1)}
}

// hold counts n more input bytes in flight until the returned func is called.
func (b *heapBudget) hold(n int) (release func()) {
	if b == nil {
		return func() {}
	}
	b.add(int64(n))
	return func() { b.add(-int64(n)) }
}

// add moves the bytes in flight by n and sets the limit for them: none in flight
// gives back the limit there was before.
func (b *heapBudget) add(n int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.inFlight += n
	if b.inFlight == 0 {
		b.setLimit(b.initial)
		return
	}
	b.setLimit(budgetBase + budgetPerByte*b.inFlight)
}

// collectLong is the analysis text's size from which collectAfter collects.
const collectLong = 8 << 20

// collectAfter runs a collection once Extract has returned on a text of n bytes, if n
// is at least collectLong. The Document of a long text, most of the heap, is garbage
// then, and the record about to be written is large too (57 MB of jsonl for 42 MB of
// text): left to the collector's pace, the record's bytes came on top of the Document
// while a long mark ran, and that moment was the run's peak (383 to 400 MB resident
// for that text, 357 with this collection, for no more CPU).
func collectAfter(n int) {
	if n >= collectLong {
		runtime.GC()
	}
}
