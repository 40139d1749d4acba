package entity

import "github.com/verdictnlp/verdict/text"

// Mention is one place a text names something.
type Mention struct {
	Text string    `json:"text"`
	Span text.Span `json:"span"`
}

// Official is a named person acting in a public or professional role, with every
// mention of them (full name, title and surname, pronoun) in input order.
type Official struct {
	Name     string    `json:"name"`
	Role     string    `json:"role"` // lower case, as the text words it; "" when none is given
	Org      string    `json:"org"`  // the organisation the role is in; "" when none is given
	Mentions []Mention `json:"mentions"`
}

// Subject is the inspected body and, when the text names one, the inspected service.
type Subject struct {
	Name    string    `json:"name"`
	Service string    `json:"service"`
	Span    text.Span `json:"span"`
}
