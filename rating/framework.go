package rating

import (
	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/text"
)

// FrameworkOf returns the inspectorate whose framework the text's area names belong
// to, for a text that names no inspectorate (a report page whose table lists "Quality
// of Environment 4 Good"): the one inspectorate every area name that only one
// framework uses points to, when there are at least two such names; NoInspectorate
// otherwise.
func FrameworkOf(doc *text.Document) Inspectorate {
	found, n := NoInspectorate, 0
	var ms []phrase.Match
	for _, s := range doc.Sentences() {
		ms = areaMatcher.FindIn(doc, s.First, s.Last, ms[:0])
		for _, m := range ms {
			i, ok := onlyFramework(m.Value)
			switch {
			case !ok:
			case found != NoInspectorate && i != found:
				return NoInspectorate
			default:
				found, n = i, n+1
			}
		}
	}
	if n < 2 {
		return NoInspectorate
	}
	return found
}

// onlyFramework returns the inspectorate of area phrase v when it is the only one that
// uses it.
func onlyFramework(v int) (Inspectorate, bool) {
	cs := areaCands[v]
	if len(cs) == 0 {
		return NoInspectorate, false
	}
	for _, c := range cs[1:] {
		if c.insp != cs[0].insp {
			return NoInspectorate, false
		}
	}
	return cs[0].insp, true
}
