package kept

func finding() {}

func withReason() {
	finding() /* want "finding" */ //nolint:probe // fixture
}

func withoutReason() {
	finding() /* want "finding" */ //nolint:probe
}
