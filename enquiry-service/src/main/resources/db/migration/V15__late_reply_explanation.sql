-- ENQ-1 (P1): a reply after the due date may carry, and under the council profile's response standard
-- PROMPT_WITH_EXPLANATION or CORPORATE_STANDARDS must carry, an explanation of why it is late. Free text: erased with
-- the reply's text under casework.answered-body-retention (V14).
alter table enquiry add column late_explanation text;
