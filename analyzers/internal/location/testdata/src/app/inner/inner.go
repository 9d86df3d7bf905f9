package inner

func Name() string { return "inner" }
