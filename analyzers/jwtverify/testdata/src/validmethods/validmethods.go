package validmethods

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"slices"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte("from-env-in-real-code")

func NoCheck(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwt.Parse without jwt.WithValidMethods and the keyfunc does not check t.Method; pass jwt.WithValidMethods\(\[\]string\{"HS256"\}\)`
		return secret, nil
	}, jwt.WithExpirationRequired())
}

func RSAKey(s string, key *rsa.PublicKey) (*jwt.Token, error) {
	return jwt.ParseWithClaims(s, &jwt.RegisteredClaims{}, func(t *jwt.Token) (any, error) { // want `jwt.ParseWithClaims without jwt.WithValidMethods .*"RS256"`
		return key, nil
	}, jwt.WithExpirationRequired())
}

func WithOption(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { return secret, nil },
		jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
}

func AssertsMethod(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected method %v", t.Header["alg"])
		}
		return secret, nil
	}, jwt.WithExpirationRequired())
}

func ComparesMethod(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method != jwt.SigningMethodHS256 {
			return nil, errors.New("bad method")
		}
		return secret, nil
	}, jwt.WithExpirationRequired())
}

func ComparesAlgHeader(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		alg, _ := t.Header["alg"].(string)
		if alg != "HS256" {
			return nil, errors.New("bad alg")
		}
		return secret, nil
	}, jwt.WithExpirationRequired())
}

func SwitchesOnAlg(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		switch t.Method.Alg() {
		case "HS256":
			return secret, nil
		}
		return nil, errors.New("bad alg")
	}, jwt.WithExpirationRequired())
}

func AllowList(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if !slices.Contains([]string{"HS256"}, t.Method.Alg()) {
			return nil, errors.New("bad alg")
		}
		return secret, nil
	}, jwt.WithExpirationRequired())
}

func LogsAlgOnly(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwt.Parse without jwt.WithValidMethods`
		fmt.Println("alg", t.Header["alg"])
		return secret, nil
	}, jwt.WithExpirationRequired())
}

// checkingKeyfunc checks the method itself.
func checkingKeyfunc(t *jwt.Token) (any, error) { // want checkingKeyfunc:"keyfunc checks-method alg=HS256"
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("bad method")
	}
	return secret, nil
}

func plainKeyfunc(t *jwt.Token) (any, error) { // want plainKeyfunc:"keyfunc alg=HS256"
	return secret, nil
}

// delegating hands the token to checkingKeyfunc.
func delegating(t *jwt.Token) (any, error) { // want delegating:"keyfunc checks-method"
	return checkingKeyfunc(t)
}

// keyfuncFor returns a keyfunc that checks the method.
func keyfuncFor(key []byte) jwt.Keyfunc { // want keyfuncFor:"keyfunc checks-method alg=HS256"
	return func(t *jwt.Token) (any, error) {
		if t.Method.Alg() != "HS256" {
			return nil, errors.New("bad alg")
		}
		return key, nil
	}
}

func NamedKeyfuncs(s string, kf jwt.Keyfunc) {
	_, _ = jwt.Parse(s, checkingKeyfunc, jwt.WithExpirationRequired())
	_, _ = jwt.Parse(s, delegating, jwt.WithExpirationRequired())
	_, _ = jwt.Parse(s, keyfuncFor(secret), jwt.WithExpirationRequired())
	_, _ = jwt.Parse(s, plainKeyfunc, jwt.WithExpirationRequired()) // want `jwt.Parse without jwt.WithValidMethods`
	_, _ = jwt.Parse(s, kf, jwt.WithExpirationRequired())
	local := plainKeyfunc
	_, _ = jwt.Parse(s, local, jwt.WithExpirationRequired()) // want `jwt.Parse without jwt.WithValidMethods`
	_, _ = jwt.Parse(s, jwt.Keyfunc(checkingKeyfunc), jwt.WithExpirationRequired())
}

type keySource interface {
	Key(t *jwt.Token) (any, error)
}

func UnknownKeyfunc(s string, src keySource) {
	_, _ = jwt.Parse(s, src.Key, jwt.WithExpirationRequired())
	_, _ = jwt.Parse(s, func(t *jwt.Token) (any, error) { return src.Key(t) }, jwt.WithExpirationRequired())
}

// AnyKey returns a key whose type does not show the algorithm, so the
// message does not guess one.
func AnyKey(s string, key any) {
	_, _ = jwt.Parse(s, func(t *jwt.Token) (any, error) { return key, nil }, jwt.WithExpirationRequired()) // want `jwt.Parse without jwt.WithValidMethods and the keyfunc does not check t.Method; pass jwt.WithValidMethods\(\[\]string\{\.\.\.\}\)$`
}

func loadKey() ([]byte, error) { return secret, nil }

// keyFromLoader returns a loader's result; the loader's key type shows HS256.
func keyFromLoader(t *jwt.Token) (any, error) { // want keyFromLoader:"keyfunc alg=HS256"
	return loadKey()
}

func LoadedKey(s string) {
	_, _ = jwt.Parse(s, keyFromLoader, jwt.WithExpirationRequired()) // want `pass jwt.WithValidMethods\(\[\]string\{"HS256"\}\)`
}
