package rating

import (
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/text"
)

// fullAreaSets holds, by inspectorate, the areas its framework always grades
// (internal/lexicon/data/area_sets.txt).
var fullAreaSets = buildAreaSets()

func buildAreaSets() map[Inspectorate][]string {
	m := map[Inspectorate][]string{}
	for _, l := range lexicon.Lines("area_sets") {
		k, areas := splitEntry(l)
		m[inspectorateNamed(k)] = areas
	}
	return m
}

// allExcept finds, within a few words after a grade ending at from, a grade given for
// every area but some: "outstanding … for all points except safe". It returns where the
// phrase starts and ends and the area matches excepted; false when there is none.
func (f *finder) allExcept(from, n int, word *words) (int, int, []int, bool) {
	areas := f.areas
	start, except := -1, -1
	for i := from; i < n && i < from+12 && except < 0; i++ {
		switch w := word.at(i); {
		case w == "all" || w == "every" || w == "each":
			start = i
		case start >= 0 && collective[word.at(i-1)] && excepting(w) && (w != "apart" || word.at(i+1) == "from"):
			except = i
		case clauseStop(w) || start < 0 && f.namesArea(i):
			return 0, 0, nil, false
		}
	}
	if except < 0 {
		return 0, 0, nil, false
	}
	i := except + 1
	if w := word.at(i); w == "from" || w == "for" {
		i++
	}
	var got []int
	for i < n {
		if k := f.areaStarting(i); k >= 0 {
			got = append(got, k)
			i = areas[k].Last
			continue
		}
		if w := word.at(i); (w == "and" || w == ",") && f.areaStarting(i+1) >= 0 {
			i++
			continue
		}
		break
	}
	return start, i, got, len(got) > 0
}

// allBut returns the areas of inspectorate insp's full set less those the matches
// excepted name, each at the range r of the phrase that says so; none when insp's
// framework has no fixed set.
func allBut(insp Inspectorate, excepted []int, areas []phrase.Match, r text.Range) []areaRef {
	set := fullAreaSets[insp]
	if len(set) == 0 {
		return nil
	}
	out := []string{}
	for _, a := range set {
		skip := false
		for _, k := range excepted {
			if name, ok := areaFor(areas[k].Value, insp); ok && name == a {
				skip = true
			}
		}
		if !skip {
			out = append(out, a)
		}
	}
	refs := make([]areaRef, len(out))
	for i, a := range out {
		refs[i] = areaRef{a, r, true}
	}
	return refs
}

// namesArea reports an area other than the overall judgement named at word i.
func (f *finder) namesArea(i int) bool {
	k := f.areaStarting(i)
	return k >= 0 && areaCands[f.areas[k].Value][0].name != Overall
}

// ratingWordsOnly reports that only a rating's own words stand between a grade ending at
// from and word to: "an outstanding rating overall".
func ratingWordsOnly(from, to int, word *words) bool {
	for i := from; i < to; i++ {
		if w := word.at(i); w != "rating" && w != "grade" && !isQuote(w) {
			return false
		}
	}
	return true
}

// forAllAreas reports a grade followed by the words that give it for every area: "good
// in all aspects", "good across all four areas"; not "in all areas except safety".
func forAllAreas(from int, word *words) bool {
	if w := word.at(from); isQuote(w) {
		from++
	}
	switch word.at(from) {
	case "in", "across", "for", "on":
	default:
		return false
	}
	i := from + 1
	if w := word.at(i); w != "all" && w != "every" && w != "each" {
		return false
	}
	i++
	for k := 0; k < 2 && (word.at(i) == "the" || word.at(i) == "its" || word.at(i) == "of" || numberWord(word.at(i))); k++ {
		i++
	}
	return collective[word.at(i)] && !excepting(word.at(i+1))
}

// listedAreas returns the areas named in the sentence before si in its paragraph, when
// it names two or more and gives no grade: "It was judged on achievement, teaching,
// behaviour and leadership. It was good in all of them." None otherwise.
func (f *finder) listedAreas(si int, insp Inspectorate) []areaRef {
	doc := f.doc
	if si == 0 || doc.Sentences()[si-1].Para != doc.Sentences()[si].Para {
		return nil
	}
	p := doc.Sentences()[si-1]
	if len(gradeMatcher.FindIn(doc, p.First, p.Last, nil)) > 0 {
		return nil
	}
	toks := doc.Tokens()
	var refs []areaRef
	for _, m := range areaMatcher.FindIn(doc, p.First, p.Last, nil) {
		name, ok := areaFor(m.Value, insp)
		if !ok || name == Overall {
			continue
		}
		refs = append(refs, areaRef{name, text.Range{Start: int(toks[p.First+m.First].Start), End: int(toks[p.First+m.Last-1].End)}, true})
	}
	if len(refs) < 2 {
		return nil
	}
	return refs
}
