"""Zalo settings: the platform's host by default, a bad address named, the token never shown."""

from __future__ import annotations

import pytest

from storage.settings import SettingsError, load_settings


def test_zalo_defaults_to_the_platforms_host_and_no_token(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ZALO_BOT_TOKEN", raising=False)
    monkeypatch.delenv("ZALO_API_BASE_URL", raising=False)
    settings = load_settings()
    assert settings.zalo_api_base_url == "https://bot-api.zaloplatforms.com" and settings.zalo_token is None


def test_a_bad_zalo_address_names_the_setting_and_the_token_stays_hidden(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ZALO_BOT_TOKEN", "1459232241454765289:zalo-very-secret")
    monkeypatch.setenv("ZALO_API_BASE_URL", "openapi.zalo.me without scheme")
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert "ZALO_API_BASE_URL" in str(info.value) and "zalo-very-secret" not in str(info.value)
    monkeypatch.setenv("ZALO_API_BASE_URL", "http://127.0.0.1:8082/")
    settings = load_settings()
    assert settings.zalo_api_base_url == "http://127.0.0.1:8082" and "zalo-very-secret" not in repr(settings)


def test_a_zalo_webhook_secret_must_have_8_to_256_characters(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ZALO_WEBHOOK_SECRET", "ngan")
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert "ZALO_WEBHOOK_SECRET" in str(info.value) and "ngan" not in str(info.value)
    monkeypatch.setenv("ZALO_WEBHOOK_SECRET", "du-dai-roi-1234")
    assert load_settings().zalo_webhook_secret.get_secret_value() == "du-dai-roi-1234"
