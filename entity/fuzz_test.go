package entity_test

import (
	"testing"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// FuzzPeople checks that people and bodies of any input lie inside the analysis text
// and have names, without panicking.
func FuzzPeople(f *testing.F) {
	for _, t := range corpus.Texts() {
		f.Add(t)
	}
	f.Add("Cllr Ann Lee (Lab, Ward), lead member, said. HMP X. Tameside's children's services")
	f.Fuzz(func(t *testing.T, in string) {
		d := text.Parse(in)
		n := len(d.Text())
		for _, p := range entity.People(d) {
			if p.Range.Start < 0 || p.Range.End > n || p.Range.Start >= p.Range.End || p.Surname == "" {
				t.Fatalf("person %+v out of bounds or nameless", p)
			}
		}
		for _, b := range entity.Bodies(d) {
			if b.Range.Start < 0 || b.Range.End > n || b.Range.Start >= b.Range.End || b.Name == "" {
				t.Fatalf("body %+v out of bounds or nameless", b)
			}
		}
	})
}
