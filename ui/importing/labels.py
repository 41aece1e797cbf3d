"""The names of the kinds of file and of their fields, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportLabels", text)


def kind_label(key: str) -> str:
    return {
        "clients": _t("Clients"),
        "sales": _t("Sales"),
        "contacts": _t("Contacts"),
        "competitors": _t("Competitors"),
        "receivables": _t("Receivables"),
        "deliveries": _t("Deliveries"),
        "surveys": _t("Surveys (NPS, CSI)"),
        "plans": _t("Sales plans"),
        "regions": _t("Regions"),
    }.get(key, key)


def field_label(key: str) -> str:
    return {
        "account_name": _t("Client name"),
        "inn": _t("INN"),
        "kpp": _t("KPP"),
        "code": _t("Client code"),
        "industry": _t("Industry (market)"),
        "region": _t("Region"),
        "channel": _t("Channel"),
        "manager": _t("Manager"),
        "size": _t("Business size"),
        "potential": _t("Potential (yearly spend)"),
        "capacity_units": _t("Capacity units"),
        "status": _t("Status"),
        "address": _t("Address"),
        "phone": _t("Phone"),
        "email": _t("E-mail"),
        "notes": _t("Notes"),
        "date": _t("Date"),
        "doc_no": _t("Document no."),
        "sku": _t("SKU"),
        "product_name": _t("Product"),
        "product_group": _t("Product group"),
        "quantity": _t("Quantity"),
        "price": _t("Unit price"),
        "amount": _t("Amount"),
        "cost": _t("Cost"),
        "discount": _t("Discount"),
        "contact_name": _t("Contact name"),
        "position": _t("Position"),
        "department": _t("Department"),
        "buying_role": _t("Buying role"),
        "decision_maker": _t("Decision maker (ЛПР)"),
        "influencer": _t("Influencer (ЛВР)"),
        "competitor": _t("Competitor"),
        "share": _t("Share of wallet"),
        "document": _t("Document"),
        "issued_date": _t("Issued"),
        "due_date": _t("Due date"),
        "paid_date": _t("Paid on"),
        "order_no": _t("Order"),
        "promised_date": _t("Promised date"),
        "delivered_date": _t("Delivered on"),
        "qty_ordered": _t("Ordered"),
        "qty_delivered": _t("Delivered qty"),
        "nps": _t("NPS score (0–10)"),
        "comment": _t("Comment"),
        "csi": _t("CSI rating (1–5)"),
        "month": _t("Month"),
        "revenue_plan": _t("Revenue plan"),
        "new_clients_plan": _t("New clients plan"),
        "total_outlets": _t("All possible clients"),
        "potential_outlets": _t("Potential (targeted) clients"),
    }.get(key, key)
