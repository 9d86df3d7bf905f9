package gormv1

import "github.com/jinzhu/gorm"

var db *gorm.DB

type Auth struct {
	ID       int    `gorm:"primary_key" json:"id"`
	Username string `json:"username"`
	Password string `json:"password"`
}

// CheckAuth looks the account up by its password as typed, so the table
// holds passwords in plaintext.
func CheckAuth(username, password string) (bool, error) {
	var auth Auth
	err := db.Select("id").Where(Auth{Username: username, Password: password}).First(&auth).Error // want `password from parameter password is stored in Auth.Password by \(\*gorm.DB\).Where without bcrypt`
	if err != nil && err != gorm.ErrRecordNotFound {
		return false, err
	}
	return auth.ID > 0, nil
}

func AddAuth(username, password string) error {
	return db.Create(&Auth{Username: username, Password: password}).Error // want `password from parameter password is stored in Auth.Password by \(\*gorm.DB\).Create`
}
