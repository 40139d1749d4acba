package extract

import (
	"reflect"
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// TestResolversKeepAnnotations runs every step over each corpus text and wants the
// annotations they read unchanged: a resolver writes its own part, never what the
// annotators found, which another resolver may read after it. The grade mentions and
// the raw dates, each read by one step that takes them over, are wanted cleared.
func TestResolversKeepAnnotations(t *testing.T) {
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	cfg := &defaultExtractor.cfg
	for _, c := range cases {
		doc := text.Parse(c.Text)
		a := annotate(doc, cfg, true)
		s := &state{annotations: a, cfg: cfg, report: newReport(doc)}
		for _, st := range steps {
			st.run(s)
		}
		fresh := annotate(doc, cfg, true)
		// The lists with one reader are taken over by it: cleared, not left changed.
		fresh.grades, fresh.rawDates = nil, nil
		if !reflect.DeepEqual(a, fresh) {
			t.Errorf("%s: the steps changed the annotations", c.Name)
		}
	}
}
