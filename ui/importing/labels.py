"""The names of the kinds of file and of their fields, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(key: str) -> str:
    return {
        "clients": QCoreApplication.translate("ImportLabels", "Clients"),
        "sales": QCoreApplication.translate("ImportLabels", "Sales"),
        "contacts": QCoreApplication.translate("ImportLabels", "Contacts"),
        "competitors": QCoreApplication.translate("ImportLabels", "Competitors"),
        "receivables": QCoreApplication.translate("ImportLabels", "Receivables"),
        "deliveries": QCoreApplication.translate("ImportLabels", "Deliveries"),
        "surveys": QCoreApplication.translate("ImportLabels", "Surveys (NPS, CSI)"),
        "plans": QCoreApplication.translate("ImportLabels", "Sales plans"),
        "regions": QCoreApplication.translate("ImportLabels", "Regions"),
        "costs": QCoreApplication.translate("ImportLabels", "Channel costs"),
    }.get(key, key)


def field_label(key: str) -> str:
    return {
        "account_name": QCoreApplication.translate("ImportLabels", "Client name"),
        "inn": QCoreApplication.translate("ImportLabels", "INN"),
        "kpp": QCoreApplication.translate("ImportLabels", "KPP"),
        "code": QCoreApplication.translate("ImportLabels", "Client code"),
        "industry": QCoreApplication.translate("ImportLabels", "Industry (market)"),
        "region": QCoreApplication.translate("ImportLabels", "Region"),
        "channel": QCoreApplication.translate("ImportLabels", "Channel"),
        "manager": QCoreApplication.translate("ImportLabels", "Manager"),
        "size": QCoreApplication.translate("ImportLabels", "Business size"),
        "potential": QCoreApplication.translate("ImportLabels", "Potential (yearly spend)"),
        "capacity_units": QCoreApplication.translate("ImportLabels", "Capacity units"),
        "status": QCoreApplication.translate("ImportLabels", "Status"),
        "address": QCoreApplication.translate("ImportLabels", "Address"),
        "phone": QCoreApplication.translate("ImportLabels", "Phone"),
        "email": QCoreApplication.translate("ImportLabels", "E-mail"),
        "notes": QCoreApplication.translate("ImportLabels", "Notes"),
        "date": QCoreApplication.translate("ImportLabels", "Date"),
        "doc_no": QCoreApplication.translate("ImportLabels", "Document no."),
        "sku": QCoreApplication.translate("ImportLabels", "SKU"),
        "product_name": QCoreApplication.translate("ImportLabels", "Product"),
        "product_group": QCoreApplication.translate("ImportLabels", "Product group"),
        "quantity": QCoreApplication.translate("ImportLabels", "Quantity"),
        "price": QCoreApplication.translate("ImportLabels", "Unit price"),
        "amount": QCoreApplication.translate("ImportLabels", "Amount"),
        "cost": QCoreApplication.translate("ImportLabels", "Cost"),
        "discount": QCoreApplication.translate("ImportLabels", "Discount"),
        "list_price": QCoreApplication.translate("ImportLabels", "List price"),
        "lead_source": QCoreApplication.translate("ImportLabels", "Lead source"),
        "discount_percent": QCoreApplication.translate("ImportLabels", "Discount, %"),
        "contact_name": QCoreApplication.translate("ImportLabels", "Contact name"),
        "position": QCoreApplication.translate("ImportLabels", "Position"),
        "department": QCoreApplication.translate("ImportLabels", "Department"),
        "buying_role": QCoreApplication.translate("ImportLabels", "Buying role"),
        "decision_maker": QCoreApplication.translate("ImportLabels", "Decision maker (ЛПР)"),
        "influencer": QCoreApplication.translate("ImportLabels", "Influencer (ЛВР)"),
        "competitor": QCoreApplication.translate("ImportLabels", "Competitor"),
        "share": QCoreApplication.translate("ImportLabels", "Share of wallet"),
        "document": QCoreApplication.translate("ImportLabels", "Document"),
        "issued_date": QCoreApplication.translate("ImportLabels", "Issued"),
        "due_date": QCoreApplication.translate("ImportLabels", "Due date"),
        "paid_date": QCoreApplication.translate("ImportLabels", "Paid on"),
        "order_no": QCoreApplication.translate("ImportLabels", "Order"),
        "promised_date": QCoreApplication.translate("ImportLabels", "Promised date"),
        "delivered_date": QCoreApplication.translate("ImportLabels", "Delivered on"),
        "qty_ordered": QCoreApplication.translate("ImportLabels", "Ordered"),
        "qty_delivered": QCoreApplication.translate("ImportLabels", "Delivered qty"),
        "nps": QCoreApplication.translate("ImportLabels", "NPS score (0–10)"),
        "comment": QCoreApplication.translate("ImportLabels", "Comment"),
        "csi": QCoreApplication.translate("ImportLabels", "CSI rating (1–5)"),
        "month": QCoreApplication.translate("ImportLabels", "Month"),
        "source": QCoreApplication.translate("ImportLabels", "Channel"),
        "revenue_plan": QCoreApplication.translate("ImportLabels", "Revenue plan"),
        "new_clients_plan": QCoreApplication.translate("ImportLabels", "New clients plan"),
        "total_outlets": QCoreApplication.translate("ImportLabels", "All possible clients"),
        "potential_outlets": QCoreApplication.translate(
            "ImportLabels", "Potential (targeted) clients"
        ),
    }.get(key, key)
