package logmask

import "github.com/secvet/secvet/analyzers/internal/callee"

// Style is the way a logging function takes the values it logs.
type Style uint8

const (
	stylePrintf Style = iota + 1 // a format and its operands
	stylePrint                   // values printed in turn
	styleKV                      // alternating keys and values
	styleField                   // one key and its value
	styleMsgKV                   // leading non-strings, a message, then keys and values
)

// sink describes where a logging function takes its values. The fields are
// exported so that wrapperFact can be encoded.
type sink struct {
	Style Style
	// First is the index of the format (printf), of the first value (print),
	// of the first key (kv) or of the key (field). -1 means the positions
	// come from the signature, for -funcs entries.
	First int
	// Count limits print-style sinks to this many values; 0 means all
	// arguments from First on.
	Count int
	// JSON is set when the sink renders structured values with
	// encoding/json, so fields tagged json:"-" and unexported fields are
	// not shown.
	JSON bool
	// StdWriter is set for fmt.Fprint*, which log only when their first
	// argument is os.Stdout or os.Stderr.
	StdWriter bool
	// Msg is set when the argument just before First is a message that is
	// printed as text, as in slog.Info(msg, args...).
	Msg bool
}

// builtinSinks returns the table of the built-in logging functions.
// jsonOutput is set when slog handlers and logrus formatters encode with
// encoding/json.
func builtinSinks(jsonOutput bool) callee.Table[sink] {
	t := make(callee.Table[sink])
	printf := func(name string, format int) { t[name] = sink{Style: stylePrintf, First: format} }
	print := func(name string, first int) { t[name] = sink{Style: stylePrint, First: first} }

	// log/slog: package functions, *Logger methods and attribute
	// constructors. slog renders values with the handler's encoding, which
	// is not known statically, so JSON follows the json-output flag.
	const slog = "log/slog"
	for _, level := range []string{"Debug", "Info", "Warn", "Error"} {
		for _, recv := range []string{slog + ".", "(*" + slog + ".Logger)."} {
			t[recv+level] = sink{Style: styleKV, First: 1, JSON: jsonOutput, Msg: true}
			t[recv+level+"Context"] = sink{Style: styleKV, First: 2, JSON: jsonOutput, Msg: true}
		}
	}
	for _, recv := range []string{slog + ".", "(*" + slog + ".Logger)."} {
		t[recv+"Log"] = sink{Style: styleKV, First: 3, JSON: jsonOutput, Msg: true}
		t[recv+"With"] = sink{Style: styleKV, First: 0, JSON: jsonOutput}
		// LogAttrs takes Attr values, which are checked where they are
		// built; its message is the only plain value.
		t[recv+"LogAttrs"] = sink{Style: stylePrint, First: 2, Count: 1}
	}
	t[slog+".Group"] = sink{Style: styleKV, First: 1, JSON: jsonOutput}
	for _, ctor := range []string{"String", "Any"} {
		t[slog+"."+ctor] = sink{Style: styleField, First: 0, JSON: jsonOutput}
	}

	// log: package functions and *Logger methods.
	for _, recv := range []string{"log.", "(*log.Logger)."} {
		for _, verb := range []string{"Print", "Fatal", "Panic"} {
			print(recv+verb, 0)
			print(recv+verb+"ln", 0)
			printf(recv+verb+"f", 0)
		}
		print(recv+"Output", 1)
	}

	// fmt prints to standard output, or to any writer with Fprint*.
	print("fmt.Print", 0)
	print("fmt.Println", 0)
	printf("fmt.Printf", 0)
	t["fmt.Fprint"] = sink{Style: stylePrint, First: 1, StdWriter: true}
	t["fmt.Fprintln"] = sink{Style: stylePrint, First: 1, StdWriter: true}
	t["fmt.Fprintf"] = sink{Style: stylePrintf, First: 1, StdWriter: true}

	// zap: Field constructors, the message of *Logger methods, and the
	// three families of *SugaredLogger methods. zap encodes reflected
	// values with encoding/json.
	const zap = "go.uber.org/zap"
	for _, ctor := range []string{"String", "Strings", "ByteString", "ByteStrings", "Binary", "Stringer", "Stringers"} {
		t[zap+"."+ctor] = sink{Style: styleField, First: 0}
	}
	for _, ctor := range []string{"Any", "Reflect"} {
		t[zap+"."+ctor] = sink{Style: styleField, First: 0, JSON: true}
	}
	for _, level := range []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"} {
		t["(*"+zap+".Logger)."+level] = sink{Style: stylePrint, First: 0, Count: 1}
		sugared := "(*" + zap + ".SugaredLogger)." + level
		print(sugared, 0)
		print(sugared+"ln", 0)
		printf(sugared+"f", 0)
		t[sugared+"w"] = sink{Style: styleKV, First: 1, JSON: true}
	}
	t["(*"+zap+".SugaredLogger).With"] = sink{Style: styleKV, First: 0, JSON: true}

	// zerolog: *Event and Context field methods, which encode with
	// encoding/json, and the message methods.
	const zerolog = "github.com/rs/zerolog"
	for _, recv := range []string{"(*" + zerolog + ".Event).", "(" + zerolog + ".Context)."} {
		for _, method := range []string{"Str", "Strs", "Stringer", "Stringers", "Bytes", "Hex", "RawJSON"} {
			t[recv+method] = sink{Style: styleField, First: 0}
		}
		for _, method := range []string{"Interface", "Any"} {
			t[recv+method] = sink{Style: styleField, First: 0, JSON: true}
		}
		t[recv+"Fields"] = sink{Style: stylePrint, First: 0, JSON: true}
	}
	print("(*"+zerolog+".Event).Msg", 0)
	printf("(*"+zerolog+".Event).Msgf", 0)
	print("(*"+zerolog+".Logger).Print", 0)
	printf("(*"+zerolog+".Logger).Printf", 0)
	print(zerolog+"/log.Print", 0)
	printf(zerolog+"/log.Printf", 0)

	// logrus: WithField, WithFields and the level methods of the package,
	// *Logger and *Entry. Fields literals are checked where they are built.
	// The formatter is chosen at run time. The default one renders values
	// with fmt, so JSON follows the json-output flag.
	const logrus = "github.com/sirupsen/logrus"
	for _, recv := range []string{logrus + ".", "(*" + logrus + ".Logger).", "(*" + logrus + ".Entry)."} {
		t[recv+"WithField"] = sink{Style: styleField, First: 0, JSON: jsonOutput}
		t[recv+"WithFields"] = sink{Style: stylePrint, First: 0, JSON: jsonOutput}
		for _, level := range []string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"} {
			print(recv+level, 0)
			print(recv+level+"ln", 0)
			printf(recv+level+"f", 0)
		}
	}
	return t
}
