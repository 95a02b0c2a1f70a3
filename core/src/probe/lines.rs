//! Bytes in, lines out: the one buffer of a dialogue. Lines end in CRLF (a bare LF is accepted,
//! as servers and test tools send it); a line longer than [`MAX_LINE`] without an end is an
//! error (no mail greeting or capability line is that long).

/// The longest line accepted (IMAP capability lines of big servers run to ~1 KB).
pub const MAX_LINE: usize = 8192;

#[derive(Debug, Default, Clone)]
pub struct LineReader {
    buf: Vec<u8>,
}

/// The buffer holds more than [`MAX_LINE`] bytes without a line end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLong(pub Vec<u8>);

impl LineReader {
    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// The next complete line without its line end, if there is one.
    pub fn next_line(&mut self) -> Result<Option<Vec<u8>>, TooLong> {
        match self.buf.iter().position(|&b| b == b'\n') {
            Some(end) => {
                let mut line: Vec<u8> = self.buf.drain(..=end).collect();
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                Ok(Some(line))
            }
            None if self.buf.len() > MAX_LINE => Err(TooLong(self.buf[..200].to_vec())),
            None => Ok(None),
        }
    }

    /// Bytes received but not yet read as a line.
    pub fn pending(&self) -> &[u8] {
        &self.buf
    }

    pub fn clear(&mut self) {
        self.buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_crlf_and_lf_across_pushes() {
        let mut r = LineReader::default();
        r.push(b"220 mail ESMTP\r");
        assert_eq!(r.next_line(), Ok(None));
        r.push(b"\n250-a\n250 b\r\n");
        assert_eq!(r.next_line(), Ok(Some(b"220 mail ESMTP".to_vec())));
        assert_eq!(r.next_line(), Ok(Some(b"250-a".to_vec())));
        assert_eq!(r.next_line(), Ok(Some(b"250 b".to_vec())));
        assert_eq!(r.next_line(), Ok(None));
        assert!(r.pending().is_empty());
    }

    #[test]
    fn refuses_endless_lines() {
        let mut r = LineReader::default();
        r.push(&vec![b'x'; MAX_LINE + 1]);
        assert!(r.next_line().is_err());
    }
}
