package compare

import (
	"bytes"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"strings"

	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

type User struct {
	gorm.Model
	Email        string
	Password     string
	PasswordHash []byte
}

type LoginRequest struct {
	Email                string `json:"email"`
	Password             string `json:"password"`
	PasswordConfirmation string `json:"password_confirmation"`
}

// Organization is stored with xorm.
type Organization struct {
	Name           string `xorm:"varchar(100) notnull pk"`
	MasterPassword string `xorm:"varchar(200)"`
}

func CheckMaster(org *Organization, password string) bool {
	return password == org.MasterPassword // want `stored password org.MasterPassword is compared with == to the password from parameter password`
}

var errBadLogin = errors.New("invalid email or password")

func CheckPlain(u *User, req LoginRequest) error {
	if u.Password != req.Password { // want `stored password u.Password is compared with != to the password from req.Password; use bcrypt.CompareHashAndPassword`
		return errBadLogin
	}
	return nil
}

func CheckDigest(u *User, password string) bool {
	sum := sha256.Sum256([]byte(password))
	return bytes.Equal(u.PasswordHash, sum[:]) // want `stored password u.PasswordHash is compared with bytes.Equal to the password from parameter password`
}

func CheckHexDigest(storedHash, password string) bool {
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:]) == storedHash // want `stored password parameter storedHash is compared with == to the password from parameter password`
}

func CheckConstantTime(u *User, pwd string) bool {
	return subtle.ConstantTimeCompare([]byte(u.Password), []byte(pwd)) == 1 // want `stored password u.Password is compared with subtle.ConstantTimeCompare to the password from parameter pwd`
}

func CheckFold(u User, r LoginRequest) bool {
	return strings.EqualFold(r.Password, u.Password) // want `stored password u.Password is compared with strings.EqualFold to the password from r.Password`
}

// The rest is clean.

func Confirm(req LoginRequest) error {
	if req.Password != req.PasswordConfirmation {
		return errors.New("passwords do not match")
	}
	if len(req.Password) < 12 || req.Password == "" {
		return errors.New("password too short")
	}
	return nil
}

func CheckBcrypt(u *User, req LoginRequest) error {
	return bcrypt.CompareHashAndPassword(u.PasswordHash, []byte(req.Password))
}

func HasPassword(u *User) bool {
	return u.Password != "" && len(u.PasswordHash) > 0
}

func SameUser(a, b *User) bool {
	return a.Email == b.Email
}
