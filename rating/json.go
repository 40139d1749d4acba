package rating

import (
	"encoding/json"
	"fmt"
	"strings"
)

// UnmarshalText reads a grade's canonical words. The words alone do not always say
// whose scale they belong to ("good" is on most scales): the grade takes the one scale
// that has them, or none when several do. A Judgement read from JSON places its grade
// on its own Scale.
func (g *Grade) UnmarshalText(b []byte) error {
	words := strings.TrimSpace(string(b))
	if words == "" {
		*g = Grade{}
		return nil
	}
	var found Grade
	n := 0
	for s := Scale(1); s < numScales; s++ {
		if h, ok := Lookup(s, words); ok && h.word == strings.ToLower(words) {
			found, n = h, n+1 // the canonical words, not a short form of another scale's
		}
	}
	switch n {
	case 0:
		return fmt.Errorf("rating: unknown grade %q", b)
	case 1:
		*g = found
	default:
		*g = Grade{word: found.word}
	}
	return nil
}

// UnmarshalJSON reads a judgement as MarshalJSON's default encoding writes it, and
// places its grade on its scale.
func (j *Judgement) UnmarshalJSON(b []byte) error {
	type plain Judgement // no methods: the default decoding
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if !p.Grade.IsZero() {
		g, ok := Lookup(p.Scale, p.Grade.word)
		if !ok {
			return fmt.Errorf("rating: grade %q is not on scale %s", p.Grade.word, p.Scale)
		}
		p.Grade = g
	}
	*j = Judgement(p)
	return nil
}
