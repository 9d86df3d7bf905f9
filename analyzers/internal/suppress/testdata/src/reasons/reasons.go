package reasons

func finding() {}

func withReason() {
	finding() //nolint:probe // fixture
}

func withoutReason() {
	finding() /* want "directive suppresses a probe finding without a reason" */ //nolint:probe
}
