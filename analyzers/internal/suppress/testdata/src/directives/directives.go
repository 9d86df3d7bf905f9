package directives

func finding() {}
func built()   {}
func other()   {}

func sameLine() {
	finding() //nolint:probe // fixture
}

func lineAbove() {
	//nolint:probe // fixture
	finding()
}

func suiteName() {
	finding() //nolint:secvet
}

func bareDirective() {
	finding() //nolint
}

func listed() {
	finding() //nolint:rawsql,probe // fixture
}

func otherAnalyzer() {
	finding() // want "finding"
	//nolint:rawsql // a directive for another analyzer does not apply
	finding() // want "finding"
}

func trailingDirectiveAbove() {
	other()   //nolint:probe // applies to this line only
	finding() // want "finding"
}

func constructionLine() {
	built() //nolint:probe // the construction line counts
	x := 1
	_ = x
	finding()
}

func twoLinesAbove() {
	//nolint:probe // too far away
	_ = 0
	finding() // want "finding"
}
