// Package norm builds the analysis view of an input: characters folded to the few forms
// the rules look for (straight quote marks, plain spaces and hyphens, decoded HTML
// entities), with an offset map back to the bytes of the input as given.
package norm

import "sort"

// An edit records that the analysis bytes [aStart, aEnd) stand for the source bytes
// [sStart, sEnd). Between edits, analysis and source bytes correspond one to one.
// An edit with aStart == aEnd is a deletion.
//
// An edit is a run of units, each of aUnit analysis bytes standing for sUnit source
// bytes: a run of bad bytes is one edit, and a position between two of its units maps
// as exactly as it would with one edit per unit. A deletion is one unit however long.
//
// Its fields are 32 bits, which halves the map of a long input (an edit is 24 bytes,
// not 48): a Builder holds at most 1<<32-1 bytes of source and of analysis text, as
// the text package, which refuses longer texts, needs.
type edit struct {
	aStart, aEnd uint32
	sStart, sEnd uint32
	aUnit, sUnit uint32
}

// sameUnit reports whether a replacement of s source bytes by a analysis bytes
// continues the run e: deletions always do, other units when of e's shape.
func (e *edit) sameUnit(a, s int) bool {
	if a == 0 {
		return e.aUnit == 0
	}
	return int(e.aUnit) == a && int(e.sUnit) == s
}

// unitAt returns the source range of the unit of e that analysis position p, strictly
// inside e, falls in; p on a boundary between units maps to that boundary.
func (e *edit) unitAt(p int) (start, end int) {
	aUnit, sUnit := int(e.aUnit), int(e.sUnit)
	k, off := (p-int(e.aStart))/aUnit, (p-int(e.aStart))%aUnit
	start = int(e.sStart) + k*sUnit
	if off == 0 {
		return start, start
	}
	return start, start + sUnit
}

// Map takes positions in the analysis text back to byte offsets in the source.
// Positions are boundaries between bytes, so a half-open analysis range [a, b)
// maps to the source range [Start(a), End(b)). The zero Map is the identity.
// A Map is read-only after it is built and safe for concurrent use.
type Map struct {
	edits  []edit
	srcLen int
}

// delta returns the source-minus-analysis offset that holds after edit i (-1: before all).
func (m *Map) delta(i int) int {
	if i < 0 {
		return 0
	}
	return int(m.edits[i].sEnd) - int(m.edits[i].aEnd)
}

// lastEndingBy returns the index of the last edit with aEnd <= p, or -1.
func (m *Map) lastEndingBy(p int) int {
	return sort.Search(len(m.edits), func(i int) bool { return int(m.edits[i].aEnd) > p }) - 1
}

// inside reports the edit that strictly contains p (aStart < p < aEnd), if any.
func (m *Map) inside(i, p int) (edit, bool) {
	if i+1 < len(m.edits) {
		e := m.edits[i+1]
		if int(e.aStart) < p && p < int(e.aEnd) {
			return e, true
		}
	}
	return edit{}, false
}

// Start maps an analysis position that opens a range: a position inside a replaced
// sequence maps to the sequence's start, and deleted bytes at p are skipped over.
func (m *Map) Start(p int) int { return m.startAt(m.lastEndingBy(p), p) }

// startAt is Start given i = m.lastEndingBy(p).
func (m *Map) startAt(i, p int) int {
	if e, ok := m.inside(i, p); ok {
		s, _ := e.unitAt(p)
		return s
	}
	return m.clamp(p + m.delta(i))
}

// End maps an analysis position that closes a range: a position inside a replaced
// sequence maps to the sequence's end, and deleted bytes at p are left outside.
func (m *Map) End(p int) int { return m.endAt(m.lastEndingBy(p), p) }

// endAt is End given i = m.lastEndingBy(p).
func (m *Map) endAt(i, p int) int {
	if e, ok := m.inside(i, p); ok {
		_, s := e.unitAt(p)
		return s
	}
	for i >= 0 && int(m.edits[i].aStart) == p && int(m.edits[i].aEnd) == p {
		i--
	}
	return m.clamp(p + m.delta(i))
}

func (m *Map) clamp(s int) int {
	if s < 0 {
		return 0
	}
	if m.srcLen > 0 && s > m.srcLen {
		return m.srcLen
	}
	return s
}

// A Walker maps positions that come in non-decreasing order, as a scan of the text
// gives them, as Start and End do: it moves through the edits as the positions do
// rather than searching them for each, so a scan costs time linear in the text and
// the edits. The zero Walker is not usable: get one from [Map.Walker].
type Walker struct {
	m *Map
	k int // the edits before k end at or before the last position given
}

// Walker returns a Walker at the start of the text.
func (m *Map) Walker() Walker { return Walker{m: m} }

// seek moves w to p, at or after every position given before, and returns
// m.lastEndingBy(p): the edits' ends are in order, so it is one less than the count
// of those ending at or before p.
func (w *Walker) seek(p int) int {
	for w.k < len(w.m.edits) && int(w.m.edits[w.k].aEnd) <= p {
		w.k++
	}
	return w.k - 1
}

// Start is [Map.Start] for a position at or after every one given before.
func (w *Walker) Start(p int) int { return w.m.startAt(w.seek(p), p) }

// End is [Map.End] for a position at or after every one given before.
func (w *Walker) End(p int) int { return w.m.endAt(w.seek(p), p) }

// Byte returns the source offset of analysis byte p, at or after every position given
// before, and true when no edit covers the byte: it was copied, or replaced by one
// byte for one, and [Start(p), End(p+1)) is that one source byte. Otherwise it
// returns false, and the caller maps the byte by Start and End.
func (w *Walker) Byte(p int) (int, bool) {
	i := w.seek(p)
	if i+1 < len(w.m.edits) && int(w.m.edits[i+1].aStart) <= p {
		return 0, false
	}
	s := p + w.m.delta(i)
	if s < 0 || w.m.srcLen > 0 && s >= w.m.srcLen {
		return 0, false
	}
	return s, true
}
