package entity_test

import (
	"fmt"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/text"
)

func ExamplePeople() {
	doc := text.Parse("Rebecca Stone, the council's director of children's services, said so. Cllr Ann Lee (Lab, Denton) agreed.")
	for _, p := range entity.People(doc) {
		fmt.Printf("%s: %s\n", p.Name, p.Role)
	}
	// Output:
	// Rebecca Stone: director of children's services
	// Ann Lee: councillor
}
