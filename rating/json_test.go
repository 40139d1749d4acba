package rating

import (
	"encoding/json"
	"testing"
)

// TestJudgementJSON reads back every grade of every scale from a judgement's JSON: the
// same words on two scales ("good") come back on the judgement's own scale.
func TestJudgementJSON(t *testing.T) {
	for s := Scale(1); s < numScales; s++ {
		for _, g := range s.Grades() {
			in := Judgement{Area: Overall, Grade: g, Scale: s, Time: Previous}
			b, err := json.Marshal(in)
			if err != nil {
				t.Fatal(err)
			}
			var out Judgement
			if err := json.Unmarshal(b, &out); err != nil {
				t.Fatalf("%s: %v", b, err)
			}
			if out.Grade != g || out.Scale != s || out.Time != Previous {
				t.Errorf("%s read back as %v on %v", b, out.Grade, out.Scale)
			}
		}
	}
	var j Judgement
	if err := json.Unmarshal([]byte(`{"grade":"sound","scale":"cqc"}`), &j); err == nil {
		t.Error(`a grade off its scale ("sound" on cqc) was accepted`)
	}
}
