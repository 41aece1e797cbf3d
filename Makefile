# Fieldbook: `make run` opens the window, `make test` runs the whole suite (offscreen).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell python3 -c "import hashlib,sys;print(hashlib.sha1(open('pyproject.toml','rb').read()).hexdigest()[:10])")

.PHONY: run test test-bundle bundle lint translations benchmark clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) build_spec/requirements.py --dev > $(VENV)/requirements.txt
	$(PY) -m pip install -q -r $(VENV)/requirements.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not bundle and not alone" -p no:cacheprovider -n auto
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "alone" -p no:cacheprovider

test-bundle: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m bundle -p no:cacheprovider

bundle: $(STAMP)
	$(PY) -m PyInstaller build_spec/fieldbook.spec --noconfirm --clean \
		--distpath dist --workpath build/pyinstaller

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ui -name '*.py' | sort) -ts resources/translations/fieldbook_ru.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/fieldbook_ru.ts -qm resources/translations/fieldbook_ru.qm

benchmark: $(STAMP)
	$(PY) benchmarks/startup.py

clean:
	rm -rf build dist
