package entity_test

import (
	"slices"
	"testing"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/text"
)

// TestBodyShapes covers body names of real coverage (issue 12), in sentences written
// for this test.
func TestBodyShapes(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"fire and rescue service", "Wendover Fire and Rescue Service was inspected.", []string{"Wendover Fire and Rescue Service"}},
		{"a person with a role in the aside", "Sarah Penhale, the council's deputy director, said so.", nil},
		{"a body with an aside", "Hafan Deg, a care home near the coast, was inspected.", []string{"Hafan Deg"}},
		{"a determiner is no place", "Our maternity services will improve.", nil},
		{"lower-case council", "Harbury council has been told to improve.", []string{"Harbury council"}},
		{"the council alone", "The council has been told to improve.", nil},
		{"a place after of", "Inspectors visited Wyvern Hospitals of East Marlshire last spring.", []string{"Wyvern Hospitals of East Marlshire"}},
		{"of and no capital", "Fenbury General Hospital of course disagreed.", []string{"Fenbury General Hospital"}},
		{"of and a month", "Fenbury General Hospital of March was busier.", []string{"Fenbury General Hospital"}},
		{"two kinds joined before the head", "Visitors praised Elmcroft Residential and Nursing Home.", []string{"Elmcroft Residential and Nursing Home"}},
		{"infant and junior", "Fernhill Infant and Junior School was inspected.", []string{"Fernhill Infant and Junior School"}},
		{"a region of a national service", "Inspectors visited the Tarn Vale region of the Probation Service.", []string{"Tarn Vale region"}},
		{"a service in a place with and and of", "The probation service in the Fell Country and North of Tarnshire is stretched.", []string{"Fell Country and North of Tarnshire"}},
		{"a national service is no place", "The National Probation Service was reorganised.", nil},
		{"no linking word first", "The report by the CQC on Fenbury General Hospital was published.", []string{"Fenbury General Hospital"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, b := range entity.Bodies(text.Parse(tc.in)) {
				got = append(got, b.Name)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s: got %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestBodyLocation checks that a body named as where another is based is marked as a
// location, and that the other bodies are not.
func TestBodyLocation(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []bool
	}{
		{"Little Otters Day Nursery - based at Farrowby Primary School - was graded.", []bool{false, true}},
		{"Little Otters Day Nursery, located in the Farrowby Academy grounds, was praised.", []bool{false, true}},
		{"Little Otters Day Nursery and Farrowby Primary School were graded.", []bool{false, false}},
		{"Staff rebased at Farrowby Primary School.", []bool{false}},
	} {
		var got []bool
		for _, b := range entity.Bodies(text.Parse(tc.in)) {
			got = append(got, b.Location)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.in, got, tc.want)
		}
	}
}
