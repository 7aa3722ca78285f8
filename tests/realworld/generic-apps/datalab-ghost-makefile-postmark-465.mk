export CURRENT_PATH := $(shell pwd)
export CUSTOM_THEME_PATH=${CURRENT_PATH}/custom-theme

export MYSQL_VERSION ?= 5.7
export GHOST_VERSION ?= 4.8
export PORT ?= 8080
export SQL_PASSWORD ?= example
export URL ?= http://localhost:8080

export SMTP_MAIL_FROM ?= 'web <web@ghost.datalab-example.io>'
export SMTP_MAIL_USER ?= 8d2f4c1e-93a7-4b5d-a6e0-7f1c2b3d4e5a
export SMTP_MAIL_PASS ?= 8d2f4c1e-93a7-4b5d-a6e0-7f1c2b3d4e5a
export SMTP_MAIL_HOST ?= smtp.postmarkapp.com
export SMTP_MAIL_PORT ?= 465

# if defined, use curl instead of git
export USE_CURL :=

dummy		    := $(shell touch artifacts)
include ./artifacts

${CUSTOM_THEME_PATH}:
	if [ -n "${USE_CURL}" ]; then \
          mkdir ${CUSTOM_THEME_PATH} && \
          curl -kL -s https://github.com/datalab-mi/Casper/archive/refs/heads/master.tar.gz | \
            tar -zxvf - -C ${CUSTOM_THEME_PATH} --strip 1 ; \
        else \
          git clone https://github.com/datalab-mi/Casper.git custom-theme ; \
        fi

dev: ${CUSTOM_THEME_PATH}
	docker-compose up

up: ${CUSTOM_THEME_PATH}
	docker-compose up -d
# up-db or up-ghost
up-%: ${CUSTOM_THEME_PATH}
	docker-compose up -d $*

down:
	docker-compose down

stop:
	docker-compose stop
stop-%:
	docker-compose stop $*

logs:
	docker-compose logs  -f ghost

clean:
	@sudo rm -rf data data_sql

backup-images:
	tar -zcvf images.tar.gz data/images/
	rclone copy images.tar.gz swift:app-images
	rm -rf images.tar.gz

backup-settings:
	tar -zcvf settings.tar.gz data/settings/
	rclone copy settings.tar.gz swift:app-images
	rm -rf settings.tar.gz
	
backup-data:
	tar -zcvf data.tar.gz data/data/
	rclone copy data.tar.gz swift:app-images
	rm -rf data.tar.gz

backup: backup-images backup-settings backup-data

restore-images:
	rclone copy -q --progress swift:app-images/images.tar.gz images.tar.gz
