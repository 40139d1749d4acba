package dates

import (
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/verdictnlp/verdict/internal/scratch"
	"github.com/verdictnlp/verdict/text"
)

// How near the top a dateline may stand, and how short its line must be.
const (
	datelineParas   = 15
	datelineTokens  = 16
	dateLabelTokens = 24 // the longest header line without a colon
)

// parseDates reads every date expression of the document, in order: into a list
// given back by Release, the list itself, else into scratch, one copy kept.
func parseDates(doc *text.Document) []Mention {
	if back, ok := releasedMentions.Get().(*[]Mention); ok {
		return parseDatesInto(doc, (*back)[:0])
	}
	buf := mentionBufs.Get().(*[]Mention)
	return scratch.Keep(&mentionBufs, buf, parseDatesInto(doc, (*buf)[:0]), maxPooledMentions)
}

// releasedMentions holds the lists of Mentions their callers gave back (Release),
// cleared, for Parse to read the next text's dates into without a copy.
var releasedMentions sync.Pool

// Release gives back a list Parse returned, once the caller is done with it, for a
// later Parse to reuse its room: the caller must not read it, or any Mention of it,
// afterwards. A caller that keeps its dates does not call it.
func Release(ms []Mention) {
	if cap(ms) == 0 || cap(ms) > maxPooledMentions {
		return
	}
	ms = ms[:cap(ms)]
	clear(ms) // a Mention holds strings: the pool keeps none of them alive
	ms = ms[:0]
	releasedMentions.Put(&ms)
}

// mentionBufs holds parseDates' scratch: a Mention is large, and growing each call's
// list by doubling allocated several times what it kept, so the list grows in reused
// scratch and the call keeps one copy of the right size. A scratch grown past
// maxPooledMentions (a very long text) is the call's result itself.
var mentionBufs = sync.Pool{New: func() any { return new([]Mention) }}

const maxPooledMentions = 1024

// copyrightWords mark a paragraph as a copyright notice (dates_calendar's copyright
// section), listed once rather than a map walked for every paragraph asked about.
var copyrightWords = slices.Sorted(maps.Keys(dateWords["copyright"]))

// parseDatesInto appends every date expression of the document to ms, in order.
func parseDatesInto(doc *text.Document, ms []Mention) []Mention {
	paras := doc.Paragraphs()
	sents := doc.Sentences()
	checked, copyright := -1, false // the paragraph last checked for a copyright notice
	kinds, ids := startKinds(doc.VocabSize()), doc.WordIDs(0, len(doc.Tokens()))
	toks, txt := doc.Tokens(), doc.Text()
	for si, s := range sents {
		p := dateScan{doc: doc, toks: toks, lo: s.First, hi: s.Last, kinds: kinds}
		for i := s.First; i < s.Last; {
			// Most tokens start no date, and are told here, inline, as mayStart tells
			// them (by their number, and a word in no lexicon by a digit first): no
			// Mention is made for them.
			if id := ids[i]; kinds[id] == notStart && (id != text.NoWord || !digitFirst(toks[i], txt)) || !p.mayStart(i) {
				i++
				continue
			}
			dm, ok := p.parseFrom(i)
			if !ok || dm.last <= i {
				i++
				continue
			}
			if dm.rel == relNoDate && dm.start.m == 0 {
				// A year alone: not in a copyright line.
				if checked != s.Para {
					checked = s.Para
					copyright = dateCopyright(doc.Slice(paras[s.Para].Range))
				}
				if copyright {
					i = dm.last
					continue
				}
			}
			dm.sent = si
			ms = append(ms, dm)
			i = dm.last
		}
	}
	return ms
}

// dateCopyright reports a paragraph whose text p, lower-cased, holds a copyrightWords
// word.
func dateCopyright(p string) bool {
	for _, w := range copyrightWords {
		if text.ContainsLower(p, w) {
			return true
		}
	}
	return false
}

// markDateLabels finds the header lines ("Inspection dates: 4 to 15 March 2024",
// "Published: 17 May 2024", "Closing date: 13 April 2025") and the date each labels.
func markDateLabels(doc *text.Document, ms []Mention) {
	sents := doc.Sentences()
	for i := range ms {
		m := &ms[i]
		s := sents[m.sent]
		if m.sent != doc.Paragraphs()[s.Para].First {
			continue // a label opens its line
		}
		if i > 0 && ms[i-1].sent == m.sent {
			continue // only the first date of a line is labelled
		}
		if m.first-s.First > 8 {
			continue
		}
		word := func(k int) string { return doc.Word(s.First + k) }
		lm := dateLabels.FindIn(doc, s.First, m.first, nil)
		end := 0
		if len(lm) > 0 && lm[0].First == 0 {
			end = lm[0].Last
			m.label = lm[0].Value
		} else {
			// An unknown label and a colon: "Interviews: 28 April 2025".
			for end < m.first-s.First && doc.Kind(s.First+end) == text.Word {
				end++
			}
			if end == 0 || end > 4 || word(end) != ":" {
				continue
			}
			m.label = int(OtherDate) + 1
			end++
		}
		// Between the label and the date: at most a colon, a dash or "on". Without a
		// colon the line must be short, a header and not a sentence ("Published on 4
		// March 2024, the strategy set out …"), unless the date is in figures.
		gap, colon := 0, false
		for k := end; k < m.first-s.First; k++ {
			switch word(k) {
			case ":", "-", "|":
				gap++
				colon = true
			case "on", ",", "(":
				gap++
			default:
				gap = 99
			}
		}
		p := doc.Paragraphs()[s.Para]
		lineLen := sents[p.Last-1].Last - s.First
		inFigures := m.last-m.first == 1 && doc.Kind(m.first) == text.Number // " date 2019-09-27"
		if gap > 2 || !colon && lineLen > dateLabelTokens && !inFigures {
			m.label = dateNoLabel
		}
	}
}

// markLabelsAbove labels a date that opens its line with the label that fills the
// line above it: a report page's "Date of Publication" over "Friday, 6 March 2019".
func markLabelsAbove(doc *text.Document, ms []Mention) {
	paras, sents := doc.Paragraphs(), doc.Sentences()
	for i := range ms {
		m := &ms[i]
		pi := sents[m.sent].Para
		if m.label != dateNoLabel || m.first != sents[paras[pi].First].First {
			continue
		}
		above := pi - 1
		for above >= 0 && paras[above].First == paras[above].Last {
			above-- // blank lines
		}
		if above >= 0 {
			m.label = labelFilling(doc, paras[above])
		}
	}
}

// labelFilling returns the label (its role plus one) that is the whole of paragraph p,
// but for a colon after it, or dateNoLabel.
func labelFilling(doc *text.Document, p text.Paragraph) int {
	if p.Last-p.First != 1 {
		return dateNoLabel
	}
	s := doc.Sentences()[p.First]
	n := s.Last - s.First
	if n > 0 && doc.Word(s.Last-1) == ":" {
		n--
	}
	if n == 0 || n > 6 {
		return dateNoLabel
	}
	lm := dateLabels.FindIn(doc, s.First, s.First+n, nil)
	for _, l := range lm {
		if l.First == 0 && l.Last == n {
			return l.Value
		}
	}
	return dateNoLabel
}

// lastOfPreviousList moves a previous-inspection label to the last date of the list it
// heads: "Previous inspection date 24/04/2011, 18/02/2016" gives the latest, 2016.
func lastOfPreviousList(doc *text.Document, ms []Mention) {
	for i := range ms {
		if ms[i].label != int(PreviousInspectionDate)+1 {
			continue
		}
		j := i
		for j+1 < len(ms) && ms[j+1].sent == ms[i].sent && listGap(doc, ms[j].last, ms[j+1].first) {
			j++
		}
		for k := i; k < j; k++ {
			ms[k].label = int(OtherDate) + 1 // an earlier inspection still
		}
		if j > i {
			ms[j].label = int(PreviousInspectionDate) + 1
		}
	}
}

// listGap reports tokens [a, b) that only join the items of a list: a comma, "and".
func listGap(doc *text.Document, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if w := doc.Word(k); w != "," && w != "and" && w != ";" {
			return false
		}
	}
	return true
}

// How long, in tokens, a heading over a list of earlier reports and each line of the
// list may be.
const (
	previousHeadingTokens = 8
	previousItemTokens    = 12
)

// latestUnderPreviousHeading gives the previous-inspection label to the latest date
// of the lines listed under a heading of earlier reports: a page that ends with links
// to a body's reports before the one it gives ("Earlier reports:" over one line per
// report, each with its year). The other dates of the list label earlier inspections.
func latestUnderPreviousHeading(doc *text.Document, ms []Mention) {
	paras := doc.Paragraphs()
	var byPara map[int][]int // built at the first heading: most texts have none
	for pi := range paras {
		if !previousHeading(doc, paras[pi]) {
			continue
		}
		if byPara == nil {
			byPara = mentionsByPara(doc, ms)
		}
		if len(byPara[pi]) > 0 {
			continue
		}
		items, nouns := previousListItems(doc, byPara, pi+1)
		if len(items) == 0 || !nouns && !previousListNoun(doc, paras[pi]) {
			continue
		}
		now := latestYearOutside(ms, items)
		latest := -1
		for _, i := range items {
			ms[i].label = int(OtherDate) + 1
			if now > 0 && lastPoint(&ms[i]).y >= now {
				continue // the report the text gives, listed with the earlier ones
			}
			if latest < 0 || pointAfter(lastPoint(&ms[i]), lastPoint(&ms[latest])) {
				latest = i
			}
		}
		if latest >= 0 {
			ms[latest].label = int(PreviousInspectionDate) + 1
		}
	}
}

// latestYearOutside returns the latest year of the mentions other than items (a run
// of indices in order), 0 if none gives one.
func latestYearOutside(ms []Mention, items []int) int {
	y := 0
	for i := range ms {
		if i >= items[0] && i <= items[len(items)-1] {
			continue
		}
		y = max(y, ms[i].start.y, ms[i].end.y)
	}
	return y
}

// mentionsByPara returns the indices of the mentions of each paragraph.
func mentionsByPara(doc *text.Document, ms []Mention) map[int][]int {
	by := map[int][]int{}
	for i := range ms {
		p := doc.Sentences()[ms[i].sent].Para
		by[p] = append(by[p], i)
	}
	return by
}

// previousListItems returns the mentions of the short dated lines from paragraph pi
// on, up to the first line that is not one (blank lines between them are skipped),
// and whether each line names a report or an inspection.
func previousListItems(doc *text.Document, byPara map[int][]int, pi int) (items []int, nouns bool) {
	paras := doc.Paragraphs()
	nouns = true
	for ; pi < len(paras); pi++ {
		p := paras[pi]
		if p.First == p.Last {
			continue
		}
		if len(byPara[pi]) == 0 || paraTokens(doc, p) > previousItemTokens {
			break
		}
		items = append(items, byPara[pi]...)
		nouns = nouns && previousListNoun(doc, p)
	}
	return items, nouns
}

// previousHeading reports a short line that opens with a word of earlier reports:
// "Previous Ofsted reports:".
func previousHeading(doc *text.Document, p text.Paragraph) bool {
	if p.First == p.Last || paraTokens(doc, p) > previousHeadingTokens {
		return false
	}
	return isDateWord(secPreviousHeading, doc.WordID(doc.Sentences()[p.First].First))
}

// previousListNoun reports a line that names a report or an inspection.
func previousListNoun(doc *text.Document, p text.Paragraph) bool {
	sents := doc.Sentences()
	for k := sents[p.First].First; k < sents[p.Last-1].Last; k++ {
		if isDateWord(secPreviousListNouns, doc.WordID(k)) {
			return true
		}
	}
	return false
}

func paraTokens(doc *text.Document, p text.Paragraph) int {
	sents := doc.Sentences()
	return sents[p.Last-1].Last - sents[p.First].First
}

// lastPoint is the last point of a parsed mention: a range's end, else its start.
func lastPoint(m *Mention) datePoint {
	if m.isRange {
		return m.end
	}
	return m.start
}

// markFollowingLabels gives the inspection role to a date alone on its line when the
// next line opens with the inspection: a CQC page's "14 March 2021 / During a routine
// inspection / About the service".
func markFollowingLabels(doc *text.Document, ms []Mention) {
	paras, sents := doc.Paragraphs(), doc.Sentences()
	for i := range ms {
		m := &ms[i]
		pi := sents[m.sent].Para
		p := paras[pi]
		if m.label != dateNoLabel || pi+1 >= len(paras) || p.Last-p.First != 1 {
			continue
		}
		if s := sents[m.sent]; m.first != s.First || m.last < s.Last-1 {
			continue // not alone on its line (a full stop may follow)
		}
		next := sents[paras[pi+1].First]
		if doc.Word(next.First) != "during" {
			continue
		}
		for k := next.First + 1; k < next.Last && k <= next.First+4; k++ {
			if w := doc.Word(k); w == "inspection" || w == "inspections" {
				m.label = int(InspectionDate) + 1
				break
			}
		}
	}
}

// anchor finds the day of writing: a labelled publication date, else the dateline (a
// short line near the top that opens with a full date), else the reference date, else a
// dateline that gives only a year ("News release | Kestermoor, 2024").
func anchor(doc *text.Document, ms []Mention, ref time.Time) dateAnchor {
	full := func(m *Mention) bool {
		return m.rel == relNoDate && !m.isRange && m.start.y > 0 && m.start.m > 0 && m.start.d > 0
	}
	for i := range ms {
		if m := &ms[i]; m.label == int(PublishedDate)+1 && full(m) {
			return dateAnchor{m.start.y, m.start.m, m.start.d, Day, true}
		}
	}
	sents := doc.Sentences()
	paras := doc.Paragraphs()
	yearLine := -1
	for i := range ms {
		m := &ms[i]
		s := sents[m.sent]
		if s.Para >= datelineParas {
			break
		}
		if m.label != dateNoLabel {
			continue
		}
		p := paras[s.Para]
		first := sents[p.First].First
		last := sents[p.Last-1].Last
		if last-first > datelineTokens {
			continue
		}
		if full(m) && (m.first-first <= 3 || doc.Word(first) == "by") { // "By Jo Bloggs, 5 March 2024"
			m.dateline = true
			return dateAnchor{m.start.y, m.start.m, m.start.d, Day, true}
		}
		if yearLine < 0 && m.start.m == 0 && m.rel == relNoDate && !m.isRange && m.last == last && last-first <= 8 && m.first > first {
			if w := doc.Word(m.first - 1); w == "," || w == "|" {
				yearLine = i
			}
		}
	}
	if !ref.IsZero() {
		if yearLine < 0 || ms[yearLine].start.y == ref.Year() {
			return dateAnchor{ref.Year(), int(ref.Month()), ref.Day(), Day, true}
		}
	}
	if yearLine >= 0 {
		ms[yearLine].dateline = true
		return dateAnchor{y: ms[yearLine].start.y, prec: Year, ok: true}
	}
	return dateAnchor{}
}
