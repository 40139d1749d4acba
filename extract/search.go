package extract

import (
	"slices"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// The annotators return their mentions in position order, so a step that pairs each
// grade with the mentions near it searches them rather than scanning them all: one
// scan per grade makes a long text with many grades cost the square of its length.

func bodyRange(b entity.BodyMention) text.Range         { return b.Range }
func inspRange(m rating.InspectorateMention) text.Range { return m.Range }

// startingFrom returns the index of the first of xs, ordered by start, that starts at
// or after p (len(xs) if none).
func startingFrom[T any](xs []T, p int, rng func(T) text.Range) int {
	i, _ := slices.BinarySearchFunc(xs, p, func(x T, p int) int { return rng(x).Start - p })
	return i
}

// firstWithin returns the index of the first of xs[from:], ordered by start, that lies
// within r, or -1. Only the mentions that start inside r are looked at.
func firstWithin[T any](xs []T, from int, r text.Range, rng func(T) text.Range) int {
	for i := from; i < len(xs) && rng(xs[i]).Start <= r.End; i++ {
		if r.Contains(rng(xs[i])) {
			return i
		}
	}
	return -1
}
