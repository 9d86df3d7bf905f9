// Package arrays picks query parts from local arrays.
package arrays

func sink(string) {}

func PickFromArray(name string, i int) {
	parts := [2]string{name, "id"}
	sink("SELECT * FROM t ORDER BY " + parts[i%2]) // want `^dynamic: parameter "name" by concatenation`
}

func PickFromConstantArray(i int) {
	parts := [2]string{"name", "id"}
	sink("SELECT * FROM t ORDER BY " + parts[i%2]) // want `^constant$`
}
