package rating

// impliedOverall adds the overall judgement a category implies where the text gives
// none of its time: a provider in special measures or with a notice to improve has been
// judged inadequate overall. "Serious weaknesses" is left alone: coverage uses it loosely
// of what an inspection found ("has found 'serious weaknesses'" in a local area's SEND
// services, which get no grade). The added judgement is at the category's place.
// An inspectorate whose scale has no "inadequate" (Estyn) gets none.
func impliedOverall(out []Found) []Found {
	type when struct {
		time Time
		year int
	}
	hasOverall := map[when]bool{}
	for _, f := range out {
		if f.Area == Overall {
			hasOverall[when{f.Time, judgementYear(f.Judgement)}] = true
		}
	}
	n := len(out)
	for i := 0; i < n; i++ {
		f := out[i]
		w := when{f.Time, judgementYear(f.Judgement)}
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

// failingCategory are the categories only an inadequate provider is put in.
var failingCategory = map[string]bool{"special measures": true, "notice to improve": true}

func judgementYear(j Judgement) int {
	if j.Year == nil {
		return 0
	}
	return *j.Year
}
