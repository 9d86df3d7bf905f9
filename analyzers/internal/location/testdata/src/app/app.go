package app // want package:"false" `imports app/inner: not standard` `imports strings: standard` `app: not standard`

import (
	"strings"

	"app/inner"
)

func Upper() string { return strings.ToUpper(inner.Name()) }
