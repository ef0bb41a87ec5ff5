//! The closed lists of the form: how the victim was contacted, yes/no/unsure
//! answers, payment methods. Each value has one stable text form, used in
//! form fields, message ids and the database alike.

macro_rules! choice {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order the form shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable text form (form value, database value, message-id suffix).
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value whose text form is `text`.
            pub fn parse(text: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == text)
            }
        }
    };
}

choice! {
    /// How the fraudsters first reached the victim.
    Channel {
        PhoneCall => "phone-call",
        SocialMedia => "social-media",
        MessagingApp => "messaging-app",
        Email => "email",
        Website => "website",
        DatingApp => "dating-app",
        Other => "other",
    }
}

choice! {
    /// An answer to a yes/no question where the victim may not know.
    Answer {
        Yes => "yes",
        No => "no",
        Unsure => "unsure",
    }
}

choice! {
    /// How a payment was made.
    PaymentMethod {
        BankTransfer => "bank-transfer",
        Card => "card",
        Crypto => "crypto",
        Cash => "cash",
        Other => "other",
    }
}
