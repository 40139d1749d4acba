package rating

import (
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/text"
)

// impliedOverall adds the overall judgement a category implies where the text gives
// none of its time (for an earlier inspection, none at all): a provider in special measures or with a notice to improve has been
// judged inadequate overall. "Serious weaknesses" is left alone: coverage uses it loosely
// of what an inspection found ("has found 'serious weaknesses'" in a local area's SEND
// services, which get no grade). The added judgement is at the category's place.
// An inspectorate whose scale has no "inadequate" (Estyn) gets none.
func impliedOverall(out []Found) []Found {
	if !failingCategoryIn(out) {
		return out // most texts: no overall grades to map, none to add
	}
	type when struct {
		time Time
		year int
	}
	hasOverall := map[when]bool{}
	for _, f := range out {
		if f.Area == Overall {
			hasOverall[when{f.Time, judgementYear(f.Judgement)}] = true
			hasOverall[when{f.Time, -1}] = true
		}
	}
	n := len(out)
	for i := 0; i < n; i++ {
		f := out[i]
		w := when{f.Time, judgementYear(f.Judgement)}
		if f.Time == Previous {
			w.year = -1 // an older category gives no grade beside a previous grade the text gives
		}
		if f.Area != "category" || !failingCategory[f.Grade.word] || hasOverall[w] {
			continue
		}
		g, ok := gradeFor(f.Inspectorate, "inadequate")
		if !ok || g.Scale() == Category {
			continue
		}
		j := f
		j.Area, j.Grade, j.Scale = Overall, g, g.Scale()
		out = append(out, j)
		hasOverall[w] = true
	}
	return out
}

// failingCategoryIn reports a judgement in out that impliedOverall may add an overall
// grade for, a failing category.
func failingCategoryIn(out []Found) bool {
	for i := range out {
		if out[i].Area == "category" && failingCategory[out[i].Grade.word] {
			return true
		}
	}
	return false
}

// summaryOverall adds the overall judgement a summary area gives where the text gives
// no current overall grade: the summary judgement on the care of a 2005-08 childcare
// report is the report's overall judgement (data/summary_areas.txt). The added
// judgement is at the area's grade.
func summaryOverall(out []Found) []Found {
	for _, f := range out {
		if f.Time == Current && f.Area == Overall {
			return out
		}
	}
	for _, f := range out {
		if f.Time == Current && summaryAreas[f.Inspectorate][f.Area] {
			j := f
			j.Area, j.AreaRange = Overall, text.Range{}
			return append(out, j)
		}
	}
	return out
}

// summaryAreas are the summary areas of each inspectorate's frameworks.
var summaryAreas = func() map[Inspectorate]map[string]bool {
	m := map[Inspectorate]map[string]bool{}
	for _, l := range lexicon.Lines("summary_areas") {
		k, areas := splitEntry(l)
		set := map[string]bool{}
		for _, a := range areas {
			set[a] = true
		}
		m[inspectorateNamed(k)] = set
	}
	return m
}()

// failingCategory are the categories only an inadequate provider is put in.
var failingCategory = map[string]bool{"special measures": true, "notice to improve": true}

func judgementYear(j Judgement) int {
	if j.Year == nil {
		return 0
	}
	return *j.Year
}

// repeatedPrevious adds the previous judgement a repeated current grade implies ("has
// again been rated 'requires improvement'", "retained its 'good' rating"): the same
// grade for the same area, at the current grade's place, unless the text gives a
// previous grade for that area itself.
func repeatedPrevious(out []Found) []Found {
	given := map[string]bool{}
	for _, f := range out {
		if f.Time == Previous {
			given[f.Area] = true
		}
	}
	n := len(out)
	for i := 0; i < n; i++ {
		f := out[i]
		if !f.repeat || given[f.Area] {
			continue
		}
		p := f
		p.Time, p.Year, p.repeat = Previous, nil, false
		out = append(out, p)
		given[f.Area] = true
	}
	return out
}

// repeatBeforeIDs and repeatAfterIDs are the words that say a grade repeats the one before
// (internal/lexicon/data/grade_repeat.txt), by word number (see idSet).
var repeatBeforeIDs, repeatAfterIDs = idSet(repeatWords["before"]), idSet(repeatWords["after"])

// repeatOrdinals are the ordinals that, right before a grade and its rating noun, count
// the times it was given ("a second 'inadequate' report"); repeatNouns are those nouns
// (both in internal/lexicon/data/grade_repeat.txt).
var repeatOrdinals, repeatNouns = repeatWords["ordinal"], repeatWords["noun"]

// notChanged reports "not changed" at i: a grade said not to have changed is the
// current one and the previous one alike, not a negated grade.
func notChanged(i int, word *words) bool {
	return (word.at(i) == "not" || word.at(i) == "n't") && repeatWords["unchanged"][word.at(i+1)]
}

// notIDs holds the words notChanged opens with.
var notIDs = text.NewWordSet([]string{"not", "n't"})

// repeatWords are the groups of internal/lexicon/data/grade_repeat.txt.
var repeatWords = lexicon.SectionSets("grade_repeat")

// countedRepeat reports a grade said with an ordinal and a rating noun: "its second
// 'inadequate' report", "a third requires improvement rating".
func countedRepeat(g phrase.Match, word *words) bool {
	b, a := g.First-1, g.Last
	if isQuote(word.at(b)) {
		b--
	}
	if isQuote(word.at(a)) {
		a++
	}
	return repeatOrdinals[word.at(b)] && repeatNouns[word.at(a)]
}

// repeated reports a grade said to repeat the previous one: a cue in its clause before
// it, or in the few words after it ("at a third successive inspection").
func (f *finder) repeated(g phrase.Match, n int, word *words) bool {
	if countedRepeat(g, word) {
		return true
	}
	// The words are read by number alone: a word's text is read only by notChanged,
	// and only for "not" or "n't".
	for i, k := g.First-1, 0; i >= 0 && k < 10; i, k = i-1, k+1 {
		id := f.id(i)
		if clauseStopIDs.Has(id) {
			break
		}
		if repeatBeforeIDs.Has(id) || notIDs.Has(id) && notChanged(i, word) {
			return true
		}
	}
	for i := g.Last; i < n && i < g.Last+8; i++ {
		id := f.id(i)
		if clauseStopIDs.Has(id) {
			break
		}
		if repeatAfterIDs.Has(id) {
			return true
		}
	}
	return false
}

// pastByYear makes previous the grades given with a year in a text that says another
// grade of the same area is now's: with no dateline, "(judged inadequate in 2008) has now
// been rated 'good'" has 2008 for its latest year, yet the inadequate is the earlier
// grade.
func pastByYear(out []Found) []Found {
	if !anyYearOnly(out) {
		return out // no grade it could change: the maps below need not be built
	}
	now := map[string]map[Grade]bool{}
	for _, f := range out {
		if f.Time == Current && f.nowSaid {
			if now[f.Area] == nil {
				now[f.Area] = map[Grade]bool{}
			}
			now[f.Area][f.Grade] = true
		}
	}
	for i := range out {
		f := &out[i]
		if yearOnly(f) && len(now[f.Area]) > 0 && !now[f.Area][f.Grade] {
			y := f.yearSaid
			f.Time, f.Year = Previous, &y
		}
	}
	return out
}

// yearOnly reports a current grade said with a year and not said to be now's: one
// pastByYear may make a previous one.
func yearOnly(f *Found) bool { return f.Time == Current && !f.nowSaid && f.yearSaid > 0 }

func anyYearOnly(out []Found) bool {
	for i := range out {
		if yearOnly(&out[i]) {
			return true
		}
	}
	return false
}
