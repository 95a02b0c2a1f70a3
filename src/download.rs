//! Saving a text as a file in the browser: a Blob, an object URL and a clicked
//! `<a download>`; the URL is revoked right after the click has started the download.

use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Starts the download of `body` as `filename` with the MIME type `mime`.
pub fn download_text(filename: &str, mime: &str, body: &str) -> Result<(), JsValue> {
    let parts = Array::new();
    parts.push(&JsValue::from_str(body));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let result = click_link(&url, filename);
    // The click has handed the blob to the browser's download; the URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
    result
}

fn click_link(url: &str, filename: &str) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(url);
    anchor.set_download(filename);
    anchor.set_hidden(true);
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&anchor)?;
    anchor.click();
    anchor.remove();
    Ok(())
}

/// Reads a chosen file as UTF-8 text.
pub async fn read_file_text(file: &web_sys::File) -> Result<String, JsValue> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await?;
    text.as_string()
        .ok_or_else(|| JsValue::from_str("not text"))
}
