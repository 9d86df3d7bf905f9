package plaintext

import (
	"gorm.io/gorm"

	"golang.org/x/crypto/bcrypt"
)

type User struct {
	gorm.Model
	Email    string
	Password string
}

type Account struct {
	ID     uint
	Email  string
	Secret string `gorm:"column:password"`
}

type Repo struct{ db *gorm.DB }

type RegisterInput struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func (r *Repo) Register(in RegisterInput) error {
	u := User{Email: in.Email, Password: in.Password}
	return r.db.Create(&u).Error // want `password from in.Password is stored in User.Password by \(\*gorm.DB\).Create without bcrypt`
}

func (r *Repo) RegisterLiteral(in *RegisterInput) error {
	return r.db.Create(&User{Email: in.Email, Password: in.Password}).Error // want `password from in.Password is stored in User.Password`
}

func (r *Repo) ChangePassword(u *User, newPassword string) error { // want ChangePassword:`storesModel\(\[1\]\)`
	u.Password = newPassword
	return r.db.Save(u).Error // want `password from parameter newPassword is stored in User.Password by \(\*gorm.DB\).Save`
}

func (r *Repo) ColumnTag(email string, form map[string]string) error {
	a := &Account{Email: email, Secret: form["value"]}
	return r.db.FirstOrCreate(a).Error // want `password from form\["value"\] is stored in Account.Secret by \(\*gorm.DB\).FirstOrCreate`
}

func (r *Repo) UpdatesMap(id uint, password string) error {
	return r.db.Model(&User{}).Where("id = ?", id).Updates(map[string]interface{}{"password": password}).Error // want `password from parameter password is stored in key password by \(\*gorm.DB\).Updates`
}

func (r *Repo) UpdateColumn(id uint, pwd string) error {
	return r.db.Model(&User{}).Where("id = ?", id).Update("password", pwd).Error // want `password from parameter pwd is stored in column password by \(\*gorm.DB\).Update`
}

func (r *Repo) AssignAttrs(email, password string) error {
	var u User
	return r.db.Where(User{Email: email}).Assign(User{Password: password}).FirstOrCreate(&u).Error // want `password from parameter password is stored in User.Password by \(\*gorm.DB\).Assign`
}

func (r *Repo) WhereCondition(email, password string) error {
	var u User
	return r.db.Where("email = ? AND password = ?", email, password).First(&u).Error // want `password from parameter password is stored in password`
}

func (r *Repo) InTransaction(in RegisterInput) error {
	return r.db.Transaction(func(tx *gorm.DB) error {
		return tx.Create(&User{Email: in.Email, Password: in.Password}).Error // want `password from in.Password is stored in User.Password`
	})
}

// The rest is clean.

func (r *Repo) RegisterHashed(in RegisterInput) error {
	hash, err := bcrypt.GenerateFromPassword([]byte(in.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	u := User{Email: in.Email, Password: string(hash)}
	return r.db.Create(&u).Error
}

// SetValue stores what its caller passes, which may be a hash.
func (r *Repo) SetValue(u *User, value string) error { // want SetValue:`storesModel\(\[1\]\)`
	u.Password = value
	return r.db.Save(u).Error
}

func (r *Repo) SetHash(u *User, hashed string) error { // want SetHash:`storesModel\(\[1\]\)`
	u.Password = hashed
	return r.db.Save(u).Error
}

func (r *Repo) UpdateHash(id uint, passwordHash []byte) error {
	return r.db.Model(&User{}).Where("id = ?", id).Update("password", string(passwordHash)).Error
}

func (r *Repo) SaveLoaded(id uint, email string) error {
	var u User
	if err := r.db.First(&u, id).Error; err != nil {
		return err
	}
	u.Email = email
	return r.db.Save(&u).Error
}

func (r *Repo) CopyStoredHash(from User, to *User) error { // want CopyStoredHash:`storesModel\(\[2\]\)`
	to.Password = from.Password
	return r.db.Save(to).Error
}

// Member hashes its password in a gorm hook.
type Member struct {
	ID       uint
	Password string
}

func (m *Member) BeforeSave(tx *gorm.DB) error {
	hash, err := bcrypt.GenerateFromPassword([]byte(m.Password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	m.Password = string(hash)
	return nil
}

func (r *Repo) RegisterMember(in RegisterInput) error {
	return r.db.Create(&Member{Password: in.Password}).Error
}
